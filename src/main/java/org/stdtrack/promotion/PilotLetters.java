package org.stdtrack.promotion;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;

/**
 * A pilot's evidence letters (the association's recommendation, the expert opinion, the acceptance report):
 * documents about the pilot, kept as a standard's documents are (every version, recognised by content, limited in
 * size, streamed). They are for the pilot's actors only: the applying associations, the reviewing committee's
 * secretariat, MIIT, the programme's managers, administrators and the pilot's own enterprises; while the pilot
 * runs they add letters, after its end they read them.
 */
@Service
public class PilotLetters {

    private final Pilots pilots;
    private final Documents documents;
    private final ReferenceData referenceData;

    PilotLetters(Pilots pilots, Documents documents, ReferenceData referenceData) {
        this.pilots = pilots;
        this.documents = documents;
        this.referenceData = referenceData;
    }

    @Transactional
    public Document upload(AppUser user, long pilotId, Documents.Upload upload) {
        pilots.lock(pilotId);
        Pilots.Pilot pilot = readable(user, pilotId);
        if (pilot.status().isOver()) {
            throw ApiException.conflict("Pilot " + pilotId + " is " + pilot.status()
                            + "; its letters can be read but no longer added.")
                    .withText("problem.pilot.over", pilot.status());
        }
        return documents.uploadAbout(user, PilotProcess.subjectKey(pilotId), DocumentKind.EVIDENCE_LETTER, upload);
    }

    public List<Document> letters(AppUser user, long pilotId) {
        readable(user, pilotId);
        return documents.about(PilotProcess.subjectKey(pilotId));
    }

    public Document letter(AppUser user, long pilotId, long letterId) {
        readable(user, pilotId);
        return documents.findAbout(PilotProcess.subjectKey(pilotId), letterId);
    }

    public void send(Document letter, HttpServletResponse response) throws IOException {
        documents.send(letter, response);
    }

    /** Whether the user is one of the pilot's actors, who keep and read its letters. */
    public boolean keeps(AppUser user, Pilots.Pilot pilot) {
        return user.isAdmin()
                || user.managesProgramme(pilot.programme())
                || user.has(Role.ASSOCIATION)
                || user.has(Role.APPROVER_MIIT)
                || user.has(Role.SECRETARIAT, pilots.reviewingCommittee(pilot))
                || pilot.creditCodes().contains(EnterpriseAccounts.creditCodeOf(user, referenceData));
    }

    private Pilots.Pilot readable(AppUser user, long pilotId) {
        Pilots.Pilot pilot = pilots.require(pilotId);
        if (!keeps(user, pilot)) {
            throw ApiException.forbidden("A pilot's evidence letters are for its associations, reviewing secretariat,"
                            + " MIIT, the programme's managers and its own enterprises.")
                    .withText("problem.pilot.notYourLetters");
        }
        return pilot;
    }
}
