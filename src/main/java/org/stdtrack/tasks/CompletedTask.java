package org.stdtrack.tasks;

import org.stdtrack.standard.Stage;

/**
 * A completed task and where its standard stands after the engine moved on; for a task about another subject,
 * that subject ({@code standardId}, {@code stage} and {@code stageCode} null).
 */
public record CompletedTask(String taskId, Long standardId, Stage stage, String stageCode, TaskSubject subject) {}
