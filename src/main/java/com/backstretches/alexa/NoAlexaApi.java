package com.backstretches.alexa;

import java.time.ZoneId;
import java.util.List;

/** For tools and tests that run without Alexa's APIs: every call fails at once, as an unreachable service would. */
public final class NoAlexaApi implements AlexaApi {

    @Override
    public ZoneId timeZone(ApiAccess access, String deviceId) {
        throw unavailable("settings.timeZone");
    }

    @Override
    public List<String> reminderTokens(ApiAccess access) {
        throw unavailable("reminders.list");
    }

    @Override
    public String createDailyReminder(ApiAccess access, DailyReminder reminder) {
        throw unavailable("reminders.create");
    }

    @Override
    public void updateDailyReminder(ApiAccess access, String alertToken, DailyReminder reminder) {
        throw unavailable("reminders.update");
    }

    @Override
    public void deleteReminder(ApiAccess access, String alertToken) {
        throw unavailable("reminders.delete");
    }

    private static AlexaApiException unavailable(String operation) {
        return new AlexaApiException(AlexaApiException.Reason.UNAVAILABLE, operation, 0, null);
    }
}
