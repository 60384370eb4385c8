package org.stdtrack.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;

/**
 * Runs an engine command on behalf of a user: the engine knows who acted (stage events record it), and
 * the engine's concurrency failures become 409 answers for the user who lost the race.
 */
@Component
@NamedInterface("processes")
public class EngineCalls {

    private final IdentityService identity;

    EngineCalls(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T as(AppUser user, Supplier<T> command) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(user.username(), List.copyOf(user.engineGroups()));
        try {
            return command.get();
        } catch (AuthorizationException e) {
            throw ApiException.forbidden("The workflow engine refused: you lack the permission for this step.")
                    .withText("problem.task.notYours");
        } catch (OptimisticLockingException e) {
            throw ApiException.conflict("Someone else acted on this at the same moment; reload and try again.")
                    .withText("problem.concurrent");
        } catch (TaskAlreadyClaimedException e) {
            throw ApiException.conflict("The task has just been claimed by " + e.getTaskAssignee() + ".")
                    .withText("problem.task.claimedBy", e.getTaskAssignee());
        } catch (NullValueException | NotFoundException e) {
            throw ApiException.conflict("The task is no longer open: it was completed or withdrawn meanwhile.")
                    .withText("problem.task.notOpen");
        } catch (MismatchingMessageCorrelationException e) {
            throw ApiException.conflict("The standard can no longer be cancelled: its development has ended.")
                    .withText("problem.cancel.ended");
        } finally {
            identity.setAuthentication(previous);
        }
    }

    /**
     * Runs a command with no user's authentication: the engine then checks nothing. For the few
     * steps the application takes on its own account (opening an instance to its secretariat,
     * telling "completed" from "never existed").
     */
    public <T> T asApplication(Supplier<T> command) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return command.get();
        } finally {
            identity.setAuthentication(previous);
        }
    }

    public void asApplication(Runnable command) {
        asApplication(() -> {
            command.run();
            return null;
        });
    }

    /** Who the engine takes to be acting now; empty when the application acts on its own account (a timer). */
    public Optional<String> currentUser() {
        Authentication current = identity.getCurrentAuthentication();
        return Optional.ofNullable(current == null ? null : current.getUserId());
    }

    /**
     * The failure that makes the engine roll back a step which lost a race with another transaction (the same
     * as the engine's own): the caller is answered 409.
     */
    public static RuntimeException concurrentChange(String what) {
        return new OptimisticLockingException(what + " was changed concurrently");
    }

    /** Whether the engine refused a call for the user's lack of a permission. */
    public static boolean isRefusal(RuntimeException failure) {
        return failure instanceof AuthorizationException;
    }

    public void as(AppUser user, Runnable command) {
        as(user, () -> {
            command.run();
            return null;
        });
    }
}
