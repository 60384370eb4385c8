package org.stdtrack.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardListNotes;
import org.stdtrack.web.Labels;

/** On the standards list, a consultation taking comments says until when. */
@Component
class ConsultationListNotes implements StandardListNotes {

    private final Consultations consultations;
    private final Labels labels;

    ConsultationListNotes(Consultations consultations, Labels labels) {
        this.consultations = consultations;
        this.labels = labels;
    }

    @Override
    public Map<Long, String> notesFor(List<Standard> shown) {
        Map<Long, String> notes = new HashMap<>();
        consultations
                .openRounds(shown)
                .forEach((id, round) ->
                        notes.put(id, labels.text("consultation.listNote", labels.dateTime(round.closesAt()))));
        return notes;
    }
}
