package com.backstretches.skill;

import com.backstretches.dialog.DialogState;
import com.backstretches.store.ProfileChange;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What travels in the Alexa session between two requests: the conversation, the last thing said,
 * whether the user has been told their progress may not be saved (told once per session), what
 * this session changed that the store has not taken yet (for the next request to save), the user's
 * time zone as learnt at the start of the session (their "today" for streaks), and what the store
 * held when the session last read or wrote it (empty: not known, the next request reads).
 */
record SessionData(DialogState dialog, Optional<LastSpeech> last, boolean storageWarned, Optional<ProfileChange> unsaved,
        Optional<ZoneId> zone, Optional<StoreSnapshot> stored) {

    SessionData(DialogState dialog, Optional<LastSpeech> last, boolean storageWarned, Optional<ProfileChange> unsaved) {
        this(dialog, last, storageWarned, unsaved, Optional.empty(), Optional.empty());
    }

    static SessionData startingFrom(DialogState dialog, Optional<ZoneId> zone, Optional<StoreSnapshot> stored) {
        return new SessionData(dialog, Optional.empty(), false, Optional.empty(), zone, stored);
    }
}
