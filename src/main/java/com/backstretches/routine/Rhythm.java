package com.backstretches.routine;

/** The two words of one rep, spoken with the movement: "lift" ... "and lower". */
public record Rhythm(String in, String out) {
}
