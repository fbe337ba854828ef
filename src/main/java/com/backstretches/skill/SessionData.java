package com.backstretches.skill;

import com.backstretches.dialog.DialogState;
import com.backstretches.store.ProfileChange;
import java.util.Optional;

/**
 * What travels in the Alexa session between two requests: the conversation, the last thing said,
 * whether the user has been told their progress may not be saved (told once per session), and what
 * this session changed that the store has not taken yet, for the next request to save.
 */
record SessionData(DialogState dialog, Optional<LastSpeech> last, boolean storageWarned, Optional<ProfileChange> unsaved) {

    static SessionData startingFrom(DialogState dialog) {
        return new SessionData(dialog, Optional.empty(), false, Optional.empty());
    }
}
