package org.stdtrack.catalogue;

import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import java.util.List;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalogue's own OpenAPI description, at {@code /v3/api-docs/public}, for anyone: its operations only,
 * and no sign-in (the tracker's whole description stays at {@code /v3/api-docs}, for those signed in).
 */
@Configuration
class CatalogueOpenApi {

    @Bean
    GroupedOpenApi publicCatalogueApi() {
        return GroupedOpenApi.builder()
                .group("public")
                .displayName("stdtrack public catalogue")
                .pathsToMatch("/api/public/**")
                .addOpenApiCustomizer(api -> {
                    // Replaced, never changed in place: the tracker's own description shares these objects.
                    api.setInfo(new Info()
                            .title("stdtrack public catalogue")
                            .version("1")
                            .description("Published, in-force and withdrawn standards, without an account: search,"
                                    + " one standard, its published text. At most "
                                    + "stdtrack.catalogue.requests-per-minute requests a minute per address (429"
                                    + " beyond, with Retry-After). Nothing in development is ever shown."));
                    api.setSecurity(List.of());
                    // This group's own copy of the paths: only the catalogue's stay in it.
                    Paths catalogue = new Paths();
                    api.getPaths().forEach((path, item) -> {
                        if (path.startsWith("/api/public/")) {
                            catalogue.addPathItem(path, item);
                        }
                    });
                    api.setPaths(catalogue);
                })
                .build();
    }
}
