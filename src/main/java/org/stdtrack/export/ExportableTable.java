package org.stdtrack.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that answers through {@link TableExport#respond}: its contract gains the
 * {@code format} and {@code lang} parameters and the CSV and XLSX representations beside its JSON.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ExportableTable {}
