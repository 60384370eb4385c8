package org.stdtrack.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.stdtrack.problem.ApiException;

/**
 * Three filter chains: the engine's own REST API (administrators only, Basic), Camunda's webapps
 * (their own login), and the application (Basic for API clients, form login for browsers).
 */
@Configuration
class SecurityConfig {

    /** Only this origin's own scripts, styles and images; never inside a frame. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; " + "base-uri 'self'; form-action 'self'";

    private final ObjectMapper json;
    private final LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");

    SecurityConfig(ObjectMapper json) {
        this.json = json;
    }

    /** bcrypt at the policy's cost, stored with its {@code {bcrypt}} prefix as Spring Security's default does. */
    @Bean
    PasswordEncoder passwordEncoder(AccountPolicy policy) {
        return passwordEncoder(policy.bcryptStrength());
    }

    static PasswordEncoder passwordEncoder(int bcryptStrength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
    }

    @Bean
    UserDetailsService userDetailsService(UserRepository users, Clock clock) {
        return username -> users.findAccount(username)
                .map(a -> new SignedInUser(
                        a.user(), a.passwordHash(), a.enabled(), a.isLockedAt(clock.instant()), a.stamp()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** bcrypt, with verified passwords remembered for {@code stdtrack.security.verified-password-cache}. */
    @Bean
    VerifiedCredentials authenticationProvider(
            UserDetailsService users, PasswordEncoder passwords, AccountPolicy policy, Clock clock) {
        return new VerifiedCredentials(users, passwords, policy.verifiedPasswordCache(), clock);
    }

    @Bean
    AccountBoundSessions accountBoundSessions(UserRepository users, UserDetailsService accounts, Clock clock) {
        return new AccountBoundSessions(users, accounts, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> forbidden(res)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, but a browser may still send Basic credentials it remembers: the same rule as the API.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::carriesNoAmbientCredentials))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, AccountBoundSessions sessions) throws Exception {
        // Cockpit, Tasklist and Admin are for administrators only, signed in through the application.
        // Camunda's "initial setup" page would let anyone create an engine administrator while the
        // engine has no users: it is closed for good. The webapps carry their own CSRF protection.
        var paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(paths.matcher("/camunda/**"))
                .securityContext(context -> context.securityContextRepository(sessions))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                paths.matcher("/camunda/api/admin/setup/**"),
                                paths.matcher("/camunda/app/admin/*/setup/**"))
                        .denyAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler((req, res, ex) -> forbidden(res)))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http, AccountBoundSessions sessions) throws Exception {
        return http.securityContext(context -> context.securityContextRepository(sessions))
                // Role-level rules, decided before a request body is even read; the committee-level
                // rules (own committee only) follow in the features' services.
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/error", "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        // Probes for load balancers: the status only (details are for administrators).
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Feed readers and calendars cannot sign in: the secret token in the path is the
                        // credential, checked by the feed room, and a feed shows only what its owner may see.
                        .requestMatchers(HttpMethod.GET, "/feeds/**")
                        .permitAll()
                        // A training certificate is verified by whoever holds its number: the holder's name masked.
                        .requestMatchers(HttpMethod.GET, "/api/certificates/*")
                        .permitAll()
                        // The public catalogue: published standards only, for anyone, rate-limited per address.
                        .requestMatchers(
                                HttpMethod.GET, "/api/public/**", "/catalogue", "/catalogue/**", "/v3/api-docs/public")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/imports/**", "/imports", "/imports/**")
                        .hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/standards", "/api/standards/*/cancel")
                        .hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/standards/*/comments")
                        .hasAnyRole(
                                Role.INDUSTRY_REVIEWER.name(), Role.ACADEMIC_REVIEWER.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.POST, "/api/standards/*/adoptions")
                        .hasAnyRole(Role.ENTERPRISE.name(), Role.ASSOCIATION.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/standards/*/comments/*/resolution")
                        .hasRole(Role.DRAFTING_GROUP.name())
                        .requestMatchers("/api/users", "/api/users/**", "/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/programmes",
                                "/api/domains",
                                "/api/committees",
                                "/api/organisations")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                HttpMethod.PUT,
                                "/api/programmes/*",
                                "/api/domains/*",
                                "/api/committees/*",
                                "/api/organisations/*")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/standards/new")
                        .hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
                        // Programme reports aggregate unpublished work, which enterprises do not see.
                        .requestMatchers("/api/reports/**", "/dashboard", "/international/report")
                        .hasAnyRole(rolesExcept(Role.ENTERPRISE))
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .exceptionHandling(e -> e
                        // API clients are told to authenticate (401); a browser navigating anywhere, a link
                        // to an export included, is sent to the sign-in page, never challenged for Basic.
                        .authenticationEntryPoint((req, res, ex) -> {
                            if (isMachineRequest(req) && !BrowserRequests.isNavigation(req)) {
                                unauthorized(req, res, ex);
                            } else {
                                signInPage.commence(req, res, ex);
                            }
                        })
                        .accessDeniedHandler((req, res, ex) -> {
                            if (!isMachineRequest(req)) {
                                // A page: the error page in the reader's language.
                                res.sendError(HttpStatus.FORBIDDEN.value());
                            } else if (ex instanceof CsrfException) {
                                write(
                                        res,
                                        HttpStatus.FORBIDDEN,
                                        "The request lacks a valid CSRF token: reload the page, "
                                                + "or authenticate the request itself with an Authorization header.");
                            } else {
                                forbidden(res);
                            }
                        }))
                // Browser sessions are protected against CSRF; docs/security.md lists the exemptions.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::carriesNoAmbientCredentials))
                // nosniff, no framing (DENY) and no caching of responses are Spring Security's defaults.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * A request that needs no CSRF token, because nothing a browser sends by itself authenticates it:
     * credentials in its own Authorization header from a client that is not a browser acting for another
     * site (a browser that remembers Basic credentials would send them with a foreign page's request, and
     * then says so in Sec-Fetch-Site or Origin); or no credentials and no session at all, which is simply
     * told to sign in (401). Signing in always needs the token of the login form (no login CSRF).
     */
    static boolean carriesNoAmbientCredentials(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return !BrowserRequests.isCrossSite(request);
        }
        return request.getSession(false) == null && !isSignIn(request);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .equals("/login");
    }

    /** The API and the management endpoints answer in problem details; everything else is a page. */
    private static boolean isMachineRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs");
    }

    private static String[] rolesExcept(Role excluded) {
        return Arrays.stream(Role.values())
                .filter(r -> r != excluded)
                .map(Role::name)
                .toArray(String[]::new);
    }

    private void unauthorized(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        // A Basic challenge makes a browser ask for credentials and then send them by itself with every
        // request, a foreign site's included; browsers get a challenge they do not act on.
        res.setHeader(
                "WWW-Authenticate",
                BrowserRequests.fromBrowser(req)
                        ? "FormLogin realm=\"stdtrack\", login=\"/login\""
                        : "Basic realm=\"stdtrack\"");
        String detail = "Sign in to use stdtrack: valid credentials are required.";
        if (e instanceof LockedException) {
            detail = "This account is locked after repeated failed sign-ins; try again later "
                    + "or ask an administrator to reset the password.";
        } else if (e instanceof DisabledException) {
            detail = "This account is disabled.";
        }
        write(res, HttpStatus.UNAUTHORIZED, detail);
    }

    private void forbidden(HttpServletResponse res) throws IOException {
        write(res, HttpStatus.FORBIDDEN, "Your roles do not allow this request.");
    }

    private void write(HttpServletResponse res, HttpStatus status, String detail) throws IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(res.getOutputStream(), ApiException.of(status, detail).toProblem());
    }
}
