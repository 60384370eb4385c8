package org.stdtrack.engine.webapps;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.CurrentUser;
import org.stdtrack.identity.EngineGroups;

/**
 * Single sign-on into Cockpit, Tasklist and Admin: an administrator signed in to stdtrack is signed in
 * there too, as the same user with the same groups. The application's security already keeps everybody
 * else out of /camunda.
 */
@Configuration
class WebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOnFilter() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", FromSpringSecurity.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        // After Spring Security's filter chain, which has established who is signed in.
        registration.setOrder(201);
        return registration;
    }

    /** Instantiated by Camunda's filter by class name. */
    public static class FromSpringSecurity implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            return CurrentUser.get()
                    .filter(AppUser::isAdmin)
                    .map(user -> {
                        ensureEngineAccount(engine.getIdentityService(), user);
                        forgetOutdatedWebappSignIn(request, engine, user);
                        AuthenticationResult result = AuthenticationResult.successful(user.username());
                        result.setGroups(List.copyOf(user.engineGroups()));
                        return result;
                    })
                    .orElseGet(AuthenticationResult::unsuccessful);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Signing in happens at the application's /login.
        }

        /**
         * The webapps keep their own sign-in in the session, with the groups it had then; when the account's
         * groups have changed since, it is dropped, so that the filter signs the user in again as they are now.
         */
        private static void forgetOutdatedWebappSignIn(HttpServletRequest request, ProcessEngine engine, AppUser user) {
            HttpSession session = request.getSession(false);
            if (session == null) {
                return;
            }
            var signedIn =
                    AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
            if (signedIn instanceof UserAuthentication webappUser
                    && (!webappUser.getIdentityId().equals(user.username())
                            || !Set.copyOf(webappUser.getGroupIds()).equals(user.engineGroups()))) {
                AuthenticationUtil.updateSession(session, new Authentications());
            }
        }

        /**
         * The webapps show the user's profile and count the members of camunda-admin, so the
         * administrator exists in the engine's identity too, with an unusable random password:
         * the only way in is the application's login.
         */
        private static void ensureEngineAccount(IdentityService identity, AppUser user) {
            if (identity.createGroupQuery().groupId(EngineGroups.ENGINE_ADMIN).count() == 0) {
                var group = identity.newGroup(EngineGroups.ENGINE_ADMIN);
                group.setName("Camunda administrators");
                group.setType("SYSTEM");
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(user.username()).count() == 0) {
                var account = identity.newUser(user.username());
                account.setFirstName(user.displayName());
                account.setLastName("(stdtrack)");
                account.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(account);
            }
            if (identity.createUserQuery()
                            .userId(user.username())
                            .memberOfGroup(EngineGroups.ENGINE_ADMIN)
                            .count()
                    == 0) {
                identity.createMembership(user.username(), EngineGroups.ENGINE_ADMIN);
            }
        }
    }
}
