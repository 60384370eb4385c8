package org.stdtrack.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/** Before Spring Boot's own: the webjars' mapping below is then the one Boot leaves alone. */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebConfig implements WebMvcConfigurer {

    /**
     * Version-less webjar paths ({@code /webjars/bpmn-js/dist/...}) through a resource chain of their own. Spring
     * Boot's chain, which it turns on whenever the webjars locator is present, is off
     * ({@code spring.web.resources.chain.enabled}): its filter tried every link of every page as a static file,
     * four jar look-ups each, a fifth of a standard page's time.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    /** {@code ?lang=zh} or {@code ?lang=en} on any page switches the language (see {@link Languages}). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**");
    }
}
