package com.backstretches.lambda;

import com.backstretches.local.AlexaClient;
import com.backstretches.local.ScreenDevice;

/** A user's device with a screen, on a skill of the tests. */
final class ScreensTestDevices {

    private ScreensTestDevices() {
    }

    static AlexaClient on(SkillOnLocalDynamoDb skill, ScreenDevice device) {
        AlexaClient plain = skill.device("amzn1.ask.device." + device.name());
        return new AlexaClient(skill.handler, plain.model(), plain.envelopes().withScreen(device));
    }
}
