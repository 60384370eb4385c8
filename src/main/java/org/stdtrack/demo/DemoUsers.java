package org.stdtrack.demo;

import static org.stdtrack.identity.Role.ACADEMIC_REVIEWER;
import static org.stdtrack.identity.Role.ADMIN;
import static org.stdtrack.identity.Role.APPROVER_MIIT;
import static org.stdtrack.identity.Role.APPROVER_SAC;
import static org.stdtrack.identity.Role.ASSOCIATION;
import static org.stdtrack.identity.Role.DRAFTING_GROUP;
import static org.stdtrack.identity.Role.ENTERPRISE;
import static org.stdtrack.identity.Role.INDUSTRY_REVIEWER;
import static org.stdtrack.identity.Role.OBSERVER;
import static org.stdtrack.identity.Role.SECRETARIAT;
import static org.stdtrack.identity.Role.VOTING_MEMBER;
import static org.stdtrack.identity.RoleGrant.global;
import static org.stdtrack.identity.RoleGrant.in;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.Organisation;
import org.stdtrack.programme.ReferenceData;

/** The demo accounts of the README (password = user name). Only ever created with the demo profile. */
@Component
@Profile("demo")
class DemoUsers {

    static final String NATIONAL = "TC28-SC38";
    static final String SECTOR = "CCSA-TC1";

    record DemoUser(String username, String displayName, String organisation, Set<RoleGrant> grants) {}

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("ACLOUD", "A-Cloud Technology Co., Ltd.", "甲云科技有限公司", null),
            new Organisation("BCLOUD", "B-Cloud Computing Co., Ltd.", "乙云计算有限公司", null),
            new Organisation("TSINGHUA", "Tsinghua University", "清华大学", null),
            new Organisation("BUAA", "Beihang University", "北京航空航天大学", null),
            new Organisation("CCIA", "China Cloud Industry Alliance", "中国云计算产业联盟", null),
            // A made-up code with a valid GB 32100 check character: enterprise1 declares adoptions under it.
            new Organisation("ECLOUD", "E-Cloud Services Co., Ltd.", "戊云服务有限公司", "91110108MA01ECL0U5"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Administrator", null, Set.of(global(ADMIN))),
            new DemoUser("secretary", "Secretariat TC28/SC38", "CESI", Set.of(in(SECRETARIAT, NATIONAL))),
            new DemoUser("secretary2", "Secretariat CCSA TC1", "CCSA", Set.of(in(SECRETARIAT, SECTOR))),
            new DemoUser(
                    "drafter",
                    "Drafting group lead (CESI)",
                    "CESI",
                    Set.of(in(DRAFTING_GROUP, NATIONAL), in(VOTING_MEMBER, NATIONAL))),
            new DemoUser(
                    "reviewer1",
                    "Industry reviewer 1",
                    "ACLOUD",
                    Set.of(in(INDUSTRY_REVIEWER, NATIONAL), in(VOTING_MEMBER, NATIONAL))),
            new DemoUser(
                    "reviewer2",
                    "Industry reviewer 2",
                    "BCLOUD",
                    Set.of(in(INDUSTRY_REVIEWER, NATIONAL), in(VOTING_MEMBER, NATIONAL))),
            new DemoUser(
                    "reviewer3",
                    "Academic reviewer 3",
                    "TSINGHUA",
                    Set.of(in(ACADEMIC_REVIEWER, NATIONAL), in(VOTING_MEMBER, NATIONAL))),
            new DemoUser(
                    "reviewer4",
                    "Academic reviewer 4",
                    "BUAA",
                    Set.of(in(ACADEMIC_REVIEWER, NATIONAL), in(VOTING_MEMBER, NATIONAL))),
            new DemoUser("sac", "SAC approver", "SAC", Set.of(global(APPROVER_SAC))),
            new DemoUser("miit", "MIIT approver", "MIIT", Set.of(global(APPROVER_MIIT))),
            new DemoUser("association", "Industry association", "CCIA", Set.of(global(ASSOCIATION))),
            new DemoUser("enterprise1", "Enterprise 1", "ECLOUD", Set.of(global(ENTERPRISE))),
            new DemoUser("observer", "Programme observer", null, Set.of(global(OBSERVER))));

    private final UserRepository users;
    private final ReferenceData referenceData;
    private final PasswordEncoder passwords;

    DemoUsers(UserRepository users, ReferenceData referenceData, PasswordEncoder passwords) {
        this.users = users;
        this.referenceData = referenceData;
        this.passwords = passwords;
    }

    /** Creates what is missing; safe to run on every start. */
    void ensure() {
        for (Organisation o : ORGANISATIONS) {
            var existing = referenceData.organisation(o.code());
            if (existing.isEmpty()) {
                referenceData.insert(o);
            } else if (o.creditCode() != null && existing.get().creditCode() == null) {
                referenceData.update(new Organisation(
                        o.code(), existing.get().nameEn(), existing.get().nameZh(), o.creditCode()));
            }
        }
        // The demo's sector committee has no members among the demo's users: its proposals need no support.
        referenceData
                .committee(SECTOR)
                .filter(c -> c.proposalSupport() != Committee.ProposalSupport.NONE)
                .ifPresent(c -> referenceData.update(new Committee(
                        c.code(),
                        c.level(),
                        c.nameEn(),
                        c.nameZh(),
                        c.sectorPrefix(),
                        c.reviewMode(),
                        Committee.ProposalSupport.NONE,
                        c.proposalSupporters(),
                        c.proposalPackage(),
                        c.recusal(),
                        c.competentDepartment(),
                        c.ballotRule())));
        for (DemoUser u : USERS) {
            if (!users.exists(u.username())) {
                users.create(
                        u.username(), passwords.encode(u.username()), u.displayName(), u.organisation(), u.grants());
                users.markAsDemo(u.username());
            }
            if (users.email(u.username()).isEmpty()) {
                users.setEmail(u.username(), u.username() + "@example.org");
            }
        }
    }
}
