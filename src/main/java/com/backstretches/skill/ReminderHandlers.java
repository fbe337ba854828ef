package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.backstretches.dialog.Ask;
import com.backstretches.dialog.Question;
import com.backstretches.dialog.ReminderOutcome;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Remind me every day at 7 am": a daily reminder through Alexa's Reminders API. Without the
 * permission, Alexa is asked to get it by voice; its answer comes back as a Connections.Response
 * carrying the time in its token, and the reminder is set then. A no gets a card in the Alexa app.
 */
final class ReminderHandlers {

    static final String TIME = "time";
    static final String TOKEN_PREFIX = "daily-reminder@";
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");
    /** Alexa fills AMAZON.TIME with these for "morning", "afternoon", "evening" and "night". */
    private static final List<String> PARTS_OF_DAY = List.of("MO", "AF", "EV", "NI");
    private static final String DEFAULT_LOCALE = "en-US";

    private ReminderHandlers() {
    }

    static final class SetReminder extends IntentHandler {
        private final Reminders reminders;

        SetReminder(Conversation c, Reminders reminders) {
            super(c, "ReminderIntent");
            this.reminders = reminders;
        }

        @Override
        Optional<Response> answer(HandlerInput input, Slots slots) {
            Optional<String> heard = slots.spoken(TIME);
            Optional<LocalTime> time = heard.flatMap(ReminderHandlers::clockTime);
            if (time.isEmpty()) {
                boolean vague = heard.map(PARTS_OF_DAY::contains).orElse(false);
                return conversation.respond(input, new Ask.Reminder(vague ? new ReminderOutcome.VagueTime() : new ReminderOutcome.NeedTime()));
            }
            return conversation.respond(input, new Ask.ReminderAt(time.get()));
        }

        @Override
        Ask ask(Slots slots) {
            return new Ask.Reminder(new ReminderOutcome.NeedTime());
        }
    }

    /** A handler that may set the reminder. */
    private abstract static class Setting implements RequestHandler {
        final Conversation conversation;
        final Reminders reminders;

        Setting(Conversation conversation, Reminders reminders) {
            this.conversation = conversation;
            this.reminders = reminders;
        }
    }

    /** Yes to "shall I remind you every day at seven a.m.?": only now is anything set. */
    static final class Confirmed extends Setting {
        Confirmed(Conversation conversation, Reminders reminders) {
            super(conversation, reminders);
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof IntentRequest r && r.getIntent() != null
                    && "AMAZON.YesIntent".equals(r.getIntent().getName()) && waiting(input).isPresent();
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return schedule(conversation, reminders, input, waiting(input).orElseThrow(), true);
        }

        private static Optional<LocalTime> waiting(HandlerInput input) {
            return RequestScope.find(input).map(s -> s.session().dialog())
                    .filter(d -> d.question() == Question.CONFIRM_REMINDER)
                    .flatMap(d -> d.offers().reminder());
        }
    }

    /** Alexa's answer to the permission request: the token says which time was asked for. */
    static final class PermissionAnswer extends Setting {
        PermissionAnswer(Conversation conversation, Reminders reminders) {
            super(conversation, reminders);
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.getRequestEnvelope().getRequest() instanceof ConnectionsResponse r && "AskFor".equals(r.getName());
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            ConnectionsResponse response = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
            Object status = response.getPayload() == null ? null : response.getPayload().get("status");
            Optional<LocalTime> time = Optional.ofNullable(response.getToken()).filter(t -> t.startsWith(TOKEN_PREFIX))
                    .flatMap(t -> clockTime(t.substring(TOKEN_PREFIX.length())));
            if (time.isEmpty()) {
                // A token that is not ours carries no time: ask for one rather than guess.
                return conversation.respond(input, new Ask.Reminder(new ReminderOutcome.NeedTime()));
            }
            if (!"ACCEPTED".equals(status)) {
                return noPermission(conversation, input);
            }
            return schedule(conversation, reminders, input, time.get(), false);
        }
    }

    private static Optional<Response> schedule(Conversation conversation, Reminders reminders, HandlerInput input, LocalTime time,
            boolean mayAsk) {
        RequestScope scope = RequestScope.of(input);
        String locale = Optional.ofNullable(input.getRequestEnvelope().getRequest().getLocale()).orElse(DEFAULT_LOCALE);
        Optional<java.time.ZoneId> zone = scope.session().zone()
                .or(() -> scope.stored().flatMap(s -> s.profile().timeZone()));
        ReminderOutcome outcome = reminders.schedule(scope, input.getRequestEnvelope(), time, mayAsk, zone, locale);
        if (outcome instanceof ReminderOutcome.AskingPermission) {
            return conversation.respond(input, new Ask.Reminder(outcome), new Conversation.Extra.HandOver(permissionRequest(time)));
        }
        if (outcome instanceof ReminderOutcome.NoPermission) {
            return noPermission(conversation, input);
        }
        return conversation.respond(input, new Ask.Reminder(outcome));
    }

    private static Optional<Response> noPermission(Conversation conversation, HandlerInput input) {
        return conversation.respond(input, new Ask.Reminder(new ReminderOutcome.NoPermission()),
                new Conversation.Extra.Card(List.of(AlexaAccess.REMINDERS_SCOPE)));
    }

    static SendRequestDirective permissionRequest(LocalTime time) {
        Map<String, Object> payload = Map.of(
                "@type", "AskForPermissionsConsentRequest",
                "@version", "2",
                "permissionScopes", List.of(Map.of("permissionScope", AlexaAccess.REMINDERS_SCOPE, "consentLevel", "ACCOUNT")));
        return SendRequestDirective.builder().withName("AskFor").withPayload(payload).withToken(TOKEN_PREFIX + time).build();
    }

    /** "07:00" or "7:30" as Alexa fills AMAZON.TIME; anything else is not a clock time. */
    static Optional<LocalTime> clockTime(String value) {
        String v = value.strip();
        if (!CLOCK.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(v.length() == 4 ? "0" + v : v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
