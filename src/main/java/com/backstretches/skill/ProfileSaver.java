package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.backstretches.session.Position;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileChange;
import com.backstretches.store.ProfileWriter;
import com.backstretches.store.StoredProfile;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after every handler: one conditional write, and only when the answer changed what is kept
 * about the user. A conflict with another device is resolved by the writer; a store that fails is
 * logged, and the session still carries the position for the next request to save.
 */
final class ProfileSaver implements ResponseInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileSaver.class);

    private final ProfileWriter writer;

    ProfileSaver(ProfileWriter writer) {
        this.writer = writer;
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Optional<RequestScope> found = RequestScope.find(input);
        if (found.isEmpty() || found.get().userId().isEmpty() || found.get().answer().isEmpty()) {
            return;
        }
        RequestScope scope = found.get();
        Position from = scope.session().dialog().coach().position();
        Optional<ProfileChange> change = ProfileUpdate.change(scope.stored().map(StoredProfile::profile), from,
                scope.answer().get(), scope.now());
        if (change.isEmpty()) {
            return;
        }
        try {
            writer.write(scope.userId().get(), scope.stored(), new Profile(from, false, scope.now(), List.of()), change.get());
        } catch (RuntimeException e) {
            LOG.atError().addKeyValue("requestId", scope.requestId()).setCause(e).log("profile could not be saved");
        }
    }
}
