package io.frontdoor.triage.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.common.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent deadline manager, with one difference: cancelling a deadline that is firing at that very moment
 * (or has just fired) is not an error. The step was done — a worker's decision must not fail because its deadline
 * went off in the same second — and every deadline handler checks whether its step is still owed before recording
 * anything. Scheduling and firing are the {@link DbSchedulerDeadlineManager}'s own.
 */
public class TolerantCancellation implements DeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(TolerantCancellation.class);

    private final DbSchedulerDeadlineManager delegate;
    private final Scheduler scheduler;

    public TolerantCancellation(DbSchedulerDeadlineManager delegate, Scheduler scheduler) {
        this.delegate = delegate;
        this.scheduler = scheduler;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload, ScopeDescriptor deadlineScope) {
        return delegate.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        Runnable cancel = () -> {
            DbSchedulerDeadlineToken token = new DbSchedulerDeadlineToken(scheduleId);
            try {
                scheduler.cancel(token);
            } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException alreadyFiring) {
                log.info("deadline {} ({}) is firing or has fired; its handler will find the step done", deadlineName, scheduleId);
            } catch (ExecutionException removedNone) {
                // found, then picked or gone before the delete: it fired in between ("removed 0")
                if (scheduler.getScheduledExecution(token).filter(execution -> !execution.isPicked()).isPresent()) {
                    throw removedNone;
                }
                log.info("deadline {} ({}) fired as it was cancelled; its handler will find the step done", deadlineName, scheduleId);
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> cancel.run());
        } else {
            cancel.run();
        }
    }

    @Override
    public void cancelAll(String deadlineName) {
        delegate.cancelAll(deadlineName);
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        delegate.cancelAllWithinScope(deadlineName, scope);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return delegate.registerHandlerInterceptor(handlerInterceptor);
    }
}
