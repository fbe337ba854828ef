package com.backstretches.skill;

import com.backstretches.dialog.DialogState;
import java.util.Optional;

/** What travels in the Alexa session between two requests: the conversation, and the last thing said. */
record SessionData(DialogState dialog, Optional<LastSpeech> last) {
}
