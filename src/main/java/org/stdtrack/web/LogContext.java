package org.stdtrack.web;

import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Logs a line about a standard (and a task) with their ids in the logging context, once the transaction
 * that did it has committed: a line never reports work that was rolled back.
 */
public final class LogContext {

    private LogContext() {}

    public static void afterCommit(long standardId, String taskId, Runnable logging) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    about(standardId, taskId, logging);
                }
            });
        } else {
            about(standardId, taskId, logging);
        }
    }

    private static void about(long standardId, String taskId, Runnable logging) {
        String previousStandard = MDC.get(RequestLogContext.STANDARD);
        String previousTask = MDC.get(RequestLogContext.TASK);
        MDC.put(RequestLogContext.STANDARD, String.valueOf(standardId));
        if (taskId != null) {
            MDC.put(RequestLogContext.TASK, taskId);
        }
        try {
            logging.run();
        } finally {
            restore(RequestLogContext.STANDARD, previousStandard);
            restore(RequestLogContext.TASK, previousTask);
        }
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
