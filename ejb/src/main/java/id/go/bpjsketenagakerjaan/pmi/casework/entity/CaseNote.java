package id.go.bpjsketenagakerjaan.pmi.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A note on a case; notes are added, never edited. */
@Entity
@Table(name = "case_note")
public class CaseNote implements Serializable {

    @Id
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false, length = 4000)
    private String text;

    protected CaseNote() {
    }

    CaseNote(CaseFile caseFile, String author, String text, Instant writtenAt) {
        this.caseFile = caseFile;
        this.author = author;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public String getAuthor() { return author; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getText() { return text; }
}
