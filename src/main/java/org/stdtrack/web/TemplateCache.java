package org.stdtrack.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Parsed templates kept for good. Thymeleaf keeps 200 by default, as soft references: one entry per template
 * and per fragment inserted into each template ({@code fragments::header} from 50 pages is 50 entries; a standard
 * page alone uses 26), so a day of varied pages overflows it, and a busy heap drops the rest: at national scale
 * the profile of 50 users reading standard pages showed the templates parsed again while they were rendered.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCache {

    /** Every template with every fragment it inserts, several times over. */
    static final int TEMPLATES = 2_000;

    @Bean
    static BeanPostProcessor keepParsedTemplates() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager cache = new StandardCacheManager();
                    cache.setTemplateCacheMaxSize(TEMPLATES);
                    cache.setTemplateCacheUseSoftReferences(false);
                    engine.setCacheManager(cache);
                }
                return bean;
            }
        };
    }
}
