package com.backstretches.skill;

import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Scope;
import com.backstretches.alexa.ApiAccess;
import java.util.Map;
import java.util.Optional;

/** What a request carries for calling Alexa's own APIs: the endpoint and token, the device, the permissions granted. */
final class AlexaAccess {

    static final String REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite";

    private AlexaAccess() {
    }

    static Optional<ApiAccess> api(RequestEnvelope envelope) {
        var system = envelope.getContext() == null ? null : envelope.getContext().getSystem();
        if (system == null || blank(system.getApiEndpoint()) || blank(system.getApiAccessToken())) {
            return Optional.empty();
        }
        return Optional.of(new ApiAccess(system.getApiEndpoint(), system.getApiAccessToken()));
    }

    static Optional<String> deviceId(RequestEnvelope envelope) {
        var system = envelope.getContext() == null ? null : envelope.getContext().getSystem();
        if (system == null || system.getDevice() == null || blank(system.getDevice().getDeviceId())) {
            return Optional.empty();
        }
        return Optional.of(system.getDevice().getDeviceId());
    }

    /** Whether the user has said yes to reminders (in the app or by voice); Alexa lists the scope once they have. */
    static boolean remindersGranted(RequestEnvelope envelope) {
        var system = envelope.getContext() == null ? null : envelope.getContext().getSystem();
        if (system == null || system.getUser() == null || system.getUser().getPermissions() == null) {
            return false;
        }
        Map<String, Scope> scopes = system.getUser().getPermissions().getScopes();
        Scope scope = scopes == null ? null : scopes.get(REMINDERS_SCOPE);
        return scope != null && scope.getStatus() == PermissionStatus.GRANTED;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
