package com.backstretches.alexa;

import java.time.ZoneId;
import java.util.List;

/**
 * The Alexa REST APIs the skill uses: the device's time zone and the skill's reminders. Every call
 * either returns what it promises or throws {@link AlexaApiException}.
 */
public interface AlexaApi {

    /** GET {endpoint}/v2/devices/{deviceId}/settings/System.timeZone — the body is a JSON string such as "America/Los_Angeles". */
    ZoneId timeZone(ApiAccess access, String deviceId);

    /** GET {endpoint}/v1/alerts/reminders — the alertToken of every reminder this skill has for the user (the "alerts" array). */
    List<String> reminderTokens(ApiAccess access);

    /** POST {endpoint}/v1/alerts/reminders — returns the new alertToken. */
    String createDailyReminder(ApiAccess access, DailyReminder reminder);

    /** PUT {endpoint}/v1/alerts/reminders/{alertToken} — replaces that reminder. */
    void updateDailyReminder(ApiAccess access, String alertToken, DailyReminder reminder);

    /** DELETE {endpoint}/v1/alerts/reminders/{alertToken}; a 404 (already gone) is not an error. */
    void deleteReminder(ApiAccess access, String alertToken);
}
