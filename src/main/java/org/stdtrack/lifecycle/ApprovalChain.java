package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.APPROVAL_NOTICE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.APPROVAL_NOTICE_ENDS_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.COMPETENT_DEPARTMENT_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.STANDARD_ID;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardPlan;
import org.stdtrack.standard.StandardType;

/**
 * The way a submission travels to the approver (domain reference, section 3): through the committee's
 * competent department (主管部门), which may return it, and for a sector standard through a public notice
 * (报批公示) first. Decided when the secretariat submits, from the committee's settings of that moment;
 * the model's gateways read the result (bean name {@code approvalChain}).
 */
@Component("approvalChain")
public class ApprovalChain {

    private final ReferenceData referenceData;
    private final StandardPlan standardPlan;
    private final Policy policy;
    private final ProgrammeClock clock;

    ApprovalChain(ReferenceData referenceData, Policy policy, ProgrammeClock clock, StandardPlan standardPlan) {
        this.standardPlan = standardPlan;
        this.referenceData = referenceData;
        this.policy = policy;
        this.clock = clock;
    }

    /** The variables a submission sets: who reviews it before the approver, and whether it is noticed. */
    VariableMap onSubmission(Standard standard) {
        Committee committee = referenceData.committee(standard.committee()).orElseThrow();
        VariableMap variables = Variables.createVariables();
        COMPETENT_DEPARTMENT_GROUP.putIn(variables, EngineGroups.competentDepartment(committee.competentDepartment()));
        APPROVAL_NOTICE.putIn(variables, standard.type() == StandardType.SECTOR);
        return variables;
    }

    /** The notice starts when the submission reaches it and lasts the policy's period; the standard shows its end. */
    public void startNotice(DelegateExecution execution) {
        Instant endsAt = clock.fromNow(policy.approvalNotice());
        standardPlan.recordApprovalNotice(STANDARD_ID.from(execution), endsAt);
        APPROVAL_NOTICE_ENDS_AT.set(execution, Date.from(endsAt));
    }
}
