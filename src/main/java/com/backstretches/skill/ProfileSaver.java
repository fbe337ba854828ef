package com.backstretches.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.backstretches.dialog.Turn;
import com.backstretches.store.Profile;
import com.backstretches.store.ProfileStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs after every handler: one write, and only when the answer changed what is kept about the user. */
final class ProfileSaver implements ResponseInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileSaver.class);

    private final ProfileStore store;

    ProfileSaver(ProfileStore store) {
        this.store = store;
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Optional<RequestScope> found = RequestScope.find(input);
        if (found.isEmpty() || found.get().userId().isEmpty() || found.get().answer().isEmpty()) {
            return;
        }
        RequestScope scope = found.get();
        Turn turn = scope.answer().get();
        Optional<Profile> next = ProfileUpdate.after(scope.profile(), scope.session().dialog().coach().position(), turn, scope.now());
        if (next.isEmpty()) {
            return;
        }
        try {
            store.save(scope.userId().get(), next.get());
        } catch (RuntimeException e) {
            // The session still carries the position, so the next request can try again.
            LOG.atError().addKeyValue("requestId", scope.requestId()).setCause(e).log("profile could not be saved");
        }
    }
}
