package com.backstretches.lambda;

import java.util.Optional;

/**
 * Which skill's requests the function answers, checked before anything else runs (nothing is read
 * or written for a request that fails it). {@code required}: a deployed function without a skill id
 * answers nothing, rather than every skill; local runs and tests may leave it open.
 */
record SkillGate(Optional<String> skillId, boolean required) {

    SkillGate {
        skillId = skillId.filter(id -> !id.isBlank());
    }

    static SkillGate of(Optional<String> skillId) {
        return new SkillGate(skillId, false);
    }

    void admit(IncomingRequest request) {
        if (skillId.isEmpty()) {
            if (required) {
                throw new RejectedRequestException("Rejected: SKILL_ID is not set, so this function answers no skill.");
            }
            return;
        }
        if (!request.applicationId().equals(skillId)) {
            throw new RejectedRequestException("Rejected: the request is for another skill.");
        }
    }
}
