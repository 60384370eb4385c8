package org.stdtrack.tasks;

import org.stdtrack.standard.Stage;

/** A completed task and where its standard stands after the engine moved on. */
public record CompletedTask(String taskId, long standardId, Stage stage, String stageCode) {}
