package org.stdtrack.export;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/** The parameters and representations that {@link TableExport} adds to the operations that use it. */
@Configuration
class ExportContract {

    @Bean
    OperationCustomizer exportedTables() {
        return ExportContract::document;
    }

    static Operation document(Operation operation, HandlerMethod method) {
        boolean table = method.hasMethodAnnotation(ExportableTable.class);
        if (table) {
            operation.addParametersItem(new Parameter()
                    .in("query")
                    .name("format")
                    .description("The representation; without it, the Accept header chooses (JSON by default).")
                    .schema(new StringSchema()._enum(List.of("json", "csv", "xlsx"))));
            ApiResponse ok = operation.getResponses().get("200");
            Content content = ok.getContent() == null ? new Content() : ok.getContent();
            content.addMediaType(TableExport.CSV.toString(), binary());
            content.addMediaType(TableExport.XLSX.toString(), binary());
            ok.setContent(content);
        }
        if (table || method.hasMethodAnnotation(WrittenInLanguage.class)) {
            operation.addParametersItem(new Parameter()
                    .in("query")
                    .name("lang")
                    .description("The language of the words written; without it, the Accept-Language header's.")
                    .schema(new StringSchema()._enum(List.of("en", "zh"))));
        }
        return operation;
    }

    static MediaType binary() {
        return new MediaType().schema(new StringSchema().format("binary"));
    }
}
