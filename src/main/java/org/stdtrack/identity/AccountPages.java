package org.stdtrack.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.web.Forms;
import org.stdtrack.web.PageController;

/** Administrators manage accounts, roles and committee memberships: the account API's operations as pages. */
@PageController
@RequestMapping("/admin/users")
class AccountPages {

    private final Accounts accounts;
    private final ReferenceData referenceData;
    private final Validator validator;

    AccountPages(Accounts accounts, ReferenceData referenceData, Validator validator) {
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.validator = validator;
    }

    @GetMapping
    String list(AppUser admin, Model model) {
        return listPage(admin, Map.of(), model);
    }

    @PostMapping
    String create(
            AppUser admin,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            String role = Forms.text(form, "role");
            List<Accounts.Grant> roles = role == null
                    ? List.of()
                    : List.of(grant(role, Forms.text(form, "committee"), Forms.text(form, "programme")));
            var account = Validation.valid(
                    validator,
                    new Accounts.NewAccount(
                            form.get("username"),
                            form.get("displayName"),
                            Forms.text(form, "organisation"),
                            form.get("password"),
                            roles,
                            Forms.text(form, "email")));
            accounts.create(admin, account);
            redirect.addFlashAttribute("notice", "notice.accountCreated");
            return "redirect:/admin/users/" + account.username();
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
            return listPage(admin, form, model);
        }
    }

    @GetMapping("/{username}")
    String account(AppUser admin, @PathVariable String username, Model model) {
        model.addAttribute("account", accounts.get(admin, username));
        model.addAttribute("roles", Role.values());
        model.addAttribute("committees", referenceData.committees());
        model.addAttribute("programmes", referenceData.programmes());
        return "admin-user";
    }

    @PostMapping("/{username}/roles/add")
    String addRole(
            AppUser admin,
            @PathVariable String username,
            @RequestParam String role,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) String programme,
            RedirectAttributes redirect) {
        return changeRoles(admin, username, grants -> grants.add(grant(role, committee, programme)), redirect);
    }

    @PostMapping("/{username}/roles/remove")
    String removeRole(
            AppUser admin,
            @PathVariable String username,
            @RequestParam String role,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) String programme,
            RedirectAttributes redirect) {
        return changeRoles(admin, username, grants -> grants.remove(grant(role, committee, programme)), redirect);
    }

    /** Applies the change to the account's current grants and saves them with the account API's rules. */
    private String changeRoles(
            AppUser admin, String username, Consumer<List<Accounts.Grant>> change, RedirectAttributes redirect) {
        accounts.changeRoles(admin, username, change);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/enabled")
    String enable(
            AppUser admin, @PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        if (enabled) {
            accounts.enable(admin, username);
        } else {
            accounts.disable(admin, username);
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/password")
    String password(
            AppUser admin, @PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        accounts.resetPassword(admin, username, Validation.valid(validator, new Accounts.PasswordReset(password)));
        redirect.addFlashAttribute("notice", "notice.passwordReset");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/email")
    String email(
            AppUser admin,
            @PathVariable String username,
            @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        accounts.email(admin, username, Validation.valid(validator, new Accounts.EmailAddress(email)));
        redirect.addFlashAttribute("notice", "notice.emailChanged");
        return "redirect:/admin/users/" + username;
    }

    private String listPage(AppUser admin, Map<String, String> entered, Model model) {
        model.addAttribute("accounts", accounts.list(admin));
        model.addAttribute("entered", entered);
        model.addAttribute("roles", Role.values());
        model.addAttribute("committees", referenceData.committees());
        model.addAttribute("programmes", referenceData.programmes());
        return "admin-users";
    }

    private static Accounts.Grant grant(String role, String committee, String programme) {
        try {
            return new Accounts.Grant(
                    Role.valueOf(role),
                    committee == null || committee.isBlank() ? null : committee,
                    programme == null || programme.isBlank() ? null : programme);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("role", "'" + role + "' is not a role.");
        }
    }
}
