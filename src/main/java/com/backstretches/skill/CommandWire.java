package com.backstretches.skill;

import com.backstretches.session.Command;
import java.util.Optional;

/**
 * A routine command to and from the session, for an offer that answers it later. Only the commands
 * that start a set can be waiting on an offer; anything else read back is not ours to trust.
 */
final class CommandWire {

    private CommandWire() {
    }

    static String name(Command command) {
        return command.getClass().getSimpleName();
    }

    static Optional<String> argument(Command command) {
        if (command instanceof Command.StartPlan plan) {
            return Optional.of(plan.length().name());
        }
        return command instanceof Command.GoTo g ? Optional.of(g.stretchName()) : Optional.empty();
    }

    static Command command(String name, String argument) {
        if (name == null) {
            throw new IllegalArgumentException("no command");
        }
        return switch (name) {
            case "Start" -> new Command.Start();
            case "StartQuick" -> new Command.StartQuick();
            case "StartPlan" -> new Command.StartPlan(com.backstretches.session.RoutineLength.valueOf(argument));
            case "StartOver" -> new Command.StartOver();
            case "Next" -> new Command.Next();
            case "Previous" -> new Command.Previous();
            case "SkipStretch" -> new Command.SkipStretch();
            case "RepeatSet" -> new Command.RepeatSet();
            case "Resume" -> new Command.Resume();
            case "GoTo" -> {
                if (argument == null || argument.isBlank()) {
                    throw new IllegalArgumentException("go to without a stretch");
                }
                yield new Command.GoTo(argument);
            }
            default -> throw new IllegalArgumentException("not a command that waits on an offer: " + name);
        };
    }
}
