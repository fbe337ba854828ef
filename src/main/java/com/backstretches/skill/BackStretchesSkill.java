package com.backstretches.skill;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.backstretches.coach.Coach;
import com.backstretches.dialog.Dialog;
import com.backstretches.session.HoldTime;
import com.backstretches.speech.TurnWriter;
import com.backstretches.store.ProfileStore;
import com.backstretches.store.ProfileWriter;
import com.backstretches.screen.Button;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts the skill together, in one language: handlers grouped by feature, the profile loader, the request log, one error handler, and the skill id check. */
public final class BackStretchesSkill {

    private BackStretchesSkill() {
    }

    public static CustomSkill build(SkillSetup setup) {
        TurnWriter writer = new TurnWriter(setup.words());
        Coach coach = new Coach(setup.routine(), writer);
        Dialog dialog = new Dialog(coach);
        planInBackground(dialog);
        SessionCodec codec = new SessionCodec(coach.navigator());
        ProfileSaver saver = new ProfileSaver(new ProfileWriter(setup.store()));
        Conversation conversation = new Conversation(dialog, codec, saver, new Screens(setup.routine(), writer));
        Reminders reminders = new Reminders(setup.alexa(), setup.clock(), dialog.prompts().reminderText());
        CustomSkillBuilder builder = new CustomSkillBuilder();
        handlers(conversation, saver, setup.store(), reminders).forEach(builder::addRequestHandler);
        builder.addRequestInterceptor(new ProfileLoader(setup.store(), setup.clock(), dialog, coach.navigator(), codec,
                new TimeZoneLookup(setup.alexa())));
        builder.addResponseInterceptor(new RequestLog());
        builder.addExceptionHandler(new ErrorHandler(codec, dialog.prompts()));
        setup.skillId().ifPresent(builder::withSkillId);
        return (CustomSkill) builder.build();
    }

    /**
     * A first launch says how long the routine takes, which is worked out by planning every set (a
     * tenth of a second on a cold JVM): it is started now, beside the rest of the start-up, so the
     * first request finds it done or in hand (the dialog's cache makes a second asker wait, not redo it).
     */
    private static void planInBackground(Dialog dialog) {
        Thread plan = new Thread(() -> dialog.minutes(HoldTime.DEFAULT), "routine-length");
        plan.setDaemon(true);
        plan.start();
    }

    /** In the order they are tried: named intents first, the catch-alls last. */
    static List<RequestHandler> handlers(Conversation c, ProfileSaver saver, ProfileStore store, Reminders reminders) {
        RoutineHandlers.Next next = new RoutineHandlers.Next(c);
        RoutineHandlers.Repeat repeat = new RoutineHandlers.Repeat(c);
        RoutineHandlers.Pause pause = new RoutineHandlers.Pause(c);
        ChoiceHandlers.Easier easier = new ChoiceHandlers.Easier(c);
        ConversationHandlers.Yes yes = new ConversationHandlers.Yes(c);
        ConversationHandlers.No no = new ConversationHandlers.No(c);
        return List.of(
                new ConversationHandlers.Launch(c),
                new RoutineHandlers.StartRoutine(c),
                next,
                new RoutineHandlers.Previous(c),
                new RoutineHandlers.Skip(c),
                new RoutineHandlers.StartOver(c),
                new RoutineHandlers.GoToStretch(c),
                new RoutineHandlers.Progress(c),
                new RoutineHandlers.Resume(c),
                pause,
                repeat,
                easier,
                new ChoiceHandlers.Harder(c),
                new ChoiceHandlers.Standard(c),
                new ChoiceHandlers.Describe(c),
                new ChoiceHandlers.Pain(c),
                new ChoiceHandlers.HoldTime(c),
                new PracticeHandlers.History(c),
                new PracticeHandlers.Quick(c),
                new PracticeHandlers.TimeBudget(c),
                new PracticeHandlers.Pace(c),
                new ReminderHandlers.SetReminder(c, reminders),
                new ReminderHandlers.PermissionAnswer(c, reminders),
                new ReminderHandlers.Confirmed(c, reminders),
                yes,
                no,
                new ScreenPresses(c, Map.of(Button.NEXT, next, Button.REPEAT, repeat, Button.EASIER, easier, Button.PAUSE, pause,
                        Button.YES, yes, Button.NO, no)),
                new ConversationHandlers.Help(c),
                new ConversationHandlers.Stop(c),
                new ConversationHandlers.Fallback(c),
                new LifecycleHandlers.SessionEnded(saver),
                new LifecycleHandlers.ExceptionEncountered(),
                new LifecycleHandlers.SkillDisabled(store),
                new ConversationHandlers.UnknownIntent(c),
                new LifecycleHandlers.OtherRequest());
    }

    /** Every intent name some handler answers by name (the handlers built here only report their names). */
    public static Set<String> handledIntents() {
        return handlers(null, null, null, null).stream().filter(IntentHandler.class::isInstance).map(IntentHandler.class::cast)
                .flatMap(h -> h.intents().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
