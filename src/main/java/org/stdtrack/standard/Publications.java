package org.stdtrack.standard;

import java.time.LocalDate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.problem.ApiException;

/**
 * A standard's publication: its published and national number, unique across programmes, and its dates. The
 * record itself is {@link StandardRepository}'s.
 */
@Repository
public class Publications {

    private final JdbcClient jdbc;

    Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the publication; 409 when another standard has the same national number, whether it was
     * published before or is being published at this moment (the unique index decides the race).
     */
    public void recordPublication(
            long id, String publishedNumber, LocalDate publicationDate, LocalDate implementationDate) {
        String national = PublishedNumber.national(publishedNumber);
        if (publishedNumberTaken(national)) {
            throw numberTaken(national);
        }
        try {
            jdbc.sql(
                            "update standard set published_number = ?, national_number = ?, publication_date = ?, implementation_date = ? where id = ?")
                    .params(publishedNumber, national, publicationDate, implementationDate, id)
                    .update();
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            throw numberTaken(national);
        }
    }

    /** Whether any standard, of any programme, has this national number. */
    public boolean publishedNumberTaken(String nationalNumber) {
        return jdbc.sql("select count(*) from standard where national_number = ?")
                        .param(nationalNumber)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static ApiException numberTaken(String nationalNumber) {
        return ApiException.conflict(nationalNumber + " is already the number of another standard.")
                .withText("problem.numberTaken", nationalNumber);
    }
}
