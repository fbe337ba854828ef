package com.backstretches.skill;

import com.backstretches.dialog.DialogState;
import java.util.Optional;

/**
 * What travels in the Alexa session between two requests: the conversation, the last thing said,
 * and whether the user has been told their progress may not be saved (told once per session).
 */
record SessionData(DialogState dialog, Optional<LastSpeech> last, boolean storageWarned) {
}
