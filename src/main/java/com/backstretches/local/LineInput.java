package com.backstretches.local;

import java.io.IOException;

/**
 * Where the console's lines come from: piped input read as it is ({@link PlainInput}), or a person at
 * a terminal with line editing and history ({@link TerminalInput}, the only class that touches JLine,
 * loaded only then).
 */
interface LineInput extends AutoCloseable {

    /** The next line, without its line ending; null at the end of input. */
    String readLine() throws IOException;

    /** The width to wrap the console's lines at, or 0 for no wrapping. */
    int columns();

    @Override
    void close();
}
