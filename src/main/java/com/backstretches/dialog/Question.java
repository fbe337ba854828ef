package com.backstretches.dialog;

/** The question the skill asked last, so that "yes", "no" and "ready" answer the right thing. */
public enum Question {
    /** Nothing a yes or no could answer. */
    NONE,
    /** "Ready to start?": yes starts the routine. */
    START,
    /** "Shall we pick up there?": yes resumes, no offers a fresh start. */
    RESUME,
    /** After a long break, "shall we start fresh?": yes starts over, no resumes. */
    START_FRESH,
    /** "Start from the beginning instead?": yes starts over, no says goodbye. */
    START_OVER_INSTEAD,
    /** "Would you like another round?": yes starts over, no says goodbye. */
    ANOTHER_ROUND,
    /** After a set or a remark mid-routine, "say next...": yes carries on. */
    CONTINUE,
    /** After pain, "try a gentler version?": yes makes the stretch easier, no offers skipping. */
    TRY_EASIER,
    /** "Skip this stretch?": yes skips it, no stays with it. */
    SKIP_STRETCH,
    /** After several sessions at the easier version, "try the standard one today?": yes switches, no keeps the easier one. */
    TRY_STANDARD,
    /** Easier asked for a second time on one stretch, "skip it for today?": yes skips, no makes it easier if it can be. */
    SKIP_AFTER_EASIER,
    /** "Shall I remind you every day at seven a.m.?": yes sets it (the skill calls Alexa), no leaves it. */
    CONFIRM_REMINDER,
    /** "Here's a ten-minute version: ... Ready?": yes (or next) starts the plan, no leaves things as they were. */
    START_PLAN
}
