package id.go.bpjsketenagakerjaan.pmi.ui.payout;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimTransitionException;
import id.go.bpjsketenagakerjaan.pmi.claim.entity.Payee;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.BatchLine;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.FailedPayment;
import id.go.bpjsketenagakerjaan.pmi.payout.boundary.PaymentBatchService;
import id.go.bpjsketenagakerjaan.pmi.payout.control.BatchSummary;
import id.go.bpjsketenagakerjaan.pmi.payout.control.DraftResult;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationRefusedException;
import id.go.bpjsketenagakerjaan.pmi.payout.control.ReconciliationResult;
import id.go.bpjsketenagakerjaan.pmi.payout.entity.BatchStatus;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.Messages;
import id.go.bpjsketenagakerjaan.pmi.ui.shared.ViewerZone;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Payment batches: gather approved claims into a draft per bank and value date, review a batch's lines and totals,
 * release it (then nothing changes), download the bank transfer file with its checksum, import the bank's result
 * file (refused as a whole, every problem listed), and re-issue failed payments with a corrected account.
 */
@Named
@ViewScoped
public class PaymentBatchesPage implements Serializable {

    /** Bank result files are small CSVs; anything larger is not one. */
    private static final long MAX_RESULT_FILE = 5L * 1024 * 1024;

    @EJB
    PaymentBatchService batches;

    @Inject
    ViewerZone viewerZone;

    private LocalDate valueDate;
    private String bankCode;
    private BatchStatus statusFilter;
    private List<BatchRow> rows = List.of();
    private BatchRow current;
    private List<BatchLine> lines = List.of();
    private Boolean fileVerified;
    private List<String> draftNotes = List.of();
    private transient UploadedFile resultFile;
    private List<ImportProblem> importProblems = List.of();
    private String importSummary;
    private List<FailedPayment> failed = List.of();
    private FailedPayment reissuing;
    private String payeeName;
    private String payeeBank;
    private String payeeAccount;
    private String reissueNote;
    private LocalDate reissueDate;

    @PostConstruct
    void init() {
        valueDate = viewerZone.today().plusDays(1);
        refresh();
    }

    private void refresh() {
        List<BatchSummary> found = PayoutFeedback.attempt(() -> batches.batches(statusFilter));
        rows = found == null ? List.of() : found.stream().map(BatchRow::of).toList();
        List<FailedPayment> queue = PayoutFeedback.attempt(() -> batches.failedPayments());
        failed = queue == null ? List.of() : queue;
        if (current != null) {
            long id = current.id();
            current = rows.stream().filter(r -> r.id() == id).findFirst()
                    .orElseGet(() -> reload(id));
            loadLines();
        }
    }

    private BatchRow reload(long id) {
        List<BatchSummary> all = PayoutFeedback.attempt(() -> batches.batches(null));
        return all == null ? null : all.stream().filter(b -> b.id() == id).findFirst().map(BatchRow::of).orElse(null);
    }

    private void loadLines() {
        if (current == null) {
            lines = List.of();
            fileVerified = null;
            return;
        }
        long id = current.id();
        List<BatchLine> found = PayoutFeedback.attempt(() -> batches.lines(id));
        lines = found == null ? List.of() : found;
        fileVerified = current.hasFile() ? PayoutFeedback.attempt(() -> batches.verify(id)) : null;
    }

    public void filter() {
        refresh();
    }

    public void draft() {
        String bank = bankCode == null || bankCode.isBlank() ? null : bankCode.strip().toUpperCase();
        DraftResult result = PayoutFeedback.attempt(() -> batches.draft(valueDate, bank));
        if (result == null) {
            return;
        }
        draftNotes = result.skipped();
        if (result.claimsAdded() == 0) {
            PayoutFeedback.info("batches.nothingToDraft");
        } else {
            PayoutFeedback.info("batches.drafted", result.claimsAdded(), result.batches().size());
        }
        if (!result.batches().isEmpty()) {
            current = BatchRow.of(result.batches().get(0));
        }
        refresh();
    }

    public void open(BatchRow row) {
        current = row;
        importProblems = List.of();
        importSummary = null;
        refresh();
    }

    public void close() {
        current = null;
        lines = List.of();
        importProblems = List.of();
        importSummary = null;
    }

    public void release() {
        if (current == null || !current.draft()) {
            return;
        }
        BatchRow row = current;
        BatchSummary released = PayoutFeedback.attempt(() -> batches.release(row.id(), row.version()));
        if (released != null) {
            current = BatchRow.of(released);
            PayoutFeedback.info("batches.released", released.batchNo(), released.fileSha256());
        }
        refresh();
    }

    /** The bank transfer file exactly as released: UTF-8 CSV, downloaded as an attachment. */
    public StreamedContent getTransferFile() {
        if (current == null || !current.hasFile()) {
            return null;
        }
        long id = current.id();
        String content = PayoutFeedback.attempt(() -> batches.transferFile(id));
        if (content == null) {
            return null;
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(current.batchNo() + ".csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void importResults() {
        importProblems = List.of();
        importSummary = null;
        if (current == null || !current.released()) {
            return;
        }
        if (resultFile == null || resultFile.getSize() == 0) {
            PayoutFeedback.error("batches.chooseResultFile");
            return;
        }
        if (resultFile.getSize() > MAX_RESULT_FILE) {
            PayoutFeedback.error("batches.resultFileTooLarge");
            return;
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(resultFile.getInputStream().readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            PayoutFeedback.error("batches.resultFileNotUtf8");
            return;
        } catch (IOException e) {
            PayoutFeedback.error("batches.resultFileUnreadable");
            return;
        } finally {
            resultFile = null;
        }
        long id = current.id();
        try {
            ReconciliationResult result = batches.importResults(id, content);
            importSummary = Messages.text(FacesContext.getCurrentInstance(), "batches.imported", result.batchNo(),
                    result.paidCount(), rupiah(result.paidSum()), result.failedCount(), rupiah(result.failedSum()));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, importSummary, ""));
        } catch (ReconciliationRefusedException refused) {
            importProblems = refused.problems().stream().map(ImportProblem::of).toList();
            PayoutFeedback.error("batches.importRefused", importProblems.size());
        } catch (RuntimeException e) {
            PayoutFeedback.show(e);
        }
        refresh();
    }

    public void chooseFailed(FailedPayment payment) {
        reissuing = payment;
        payeeName = payment.payeeName();
        payeeBank = payment.bankCode();
        payeeAccount = payment.accountNo();
        reissueNote = null;
        reissueDate = viewerZone.today().plusDays(1);
    }

    public void reissue() {
        if (reissuing == null) {
            return;
        }
        Payee corrected;
        try {
            corrected = new Payee(payeeName, payeeBank == null ? null : payeeBank.strip().toUpperCase(), payeeAccount);
        } catch (ClaimTransitionException e) {
            PayoutFeedback.show(e);
            return;
        }
        FailedPayment payment = reissuing;
        String reference = PayoutFeedback.attempt(() -> batches.reissue(payment.paymentId(), payment.version(), corrected,
                reissueNote, reissueDate));
        if (reference != null) {
            PayoutFeedback.info("batches.reissued", payment.reference(), reference);
            reissuing = null;
        }
        refresh();
    }

    public String at(Instant instant) {
        return viewerZone.at(instant);
    }

    private static String rupiah(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("id-ID"));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return "Rp " + format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    public BigDecimal getLinesTotal() {
        return lines.stream().map(BatchLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BatchStatus[] getStatuses() { return BatchStatus.values(); }
    public LocalDate getValueDate() { return valueDate; }
    public void setValueDate(LocalDate valueDate) { this.valueDate = valueDate; }
    public String getBankCode() { return bankCode; }
    public void setBankCode(String bankCode) { this.bankCode = bankCode; }
    public BatchStatus getStatusFilter() { return statusFilter; }
    public void setStatusFilter(BatchStatus statusFilter) { this.statusFilter = statusFilter; }
    public List<BatchRow> getRows() { return rows; }
    public BatchRow getCurrent() { return current; }
    public List<BatchLine> getLines() { return lines; }
    public Boolean getFileVerified() { return fileVerified; }
    public List<String> getDraftNotes() { return draftNotes; }
    public UploadedFile getResultFile() { return resultFile; }
    public void setResultFile(UploadedFile resultFile) { this.resultFile = resultFile; }
    public List<ImportProblem> getImportProblems() { return importProblems; }
    public String getImportSummary() { return importSummary; }
    public List<FailedPayment> getFailed() { return failed; }
    public FailedPayment getReissuing() { return reissuing; }
    public String getPayeeName() { return payeeName; }
    public void setPayeeName(String payeeName) { this.payeeName = payeeName; }
    public String getPayeeBank() { return payeeBank; }
    public void setPayeeBank(String payeeBank) { this.payeeBank = payeeBank; }
    public String getPayeeAccount() { return payeeAccount; }
    public void setPayeeAccount(String payeeAccount) { this.payeeAccount = payeeAccount; }
    public String getReissueNote() { return reissueNote; }
    public void setReissueNote(String reissueNote) { this.reissueNote = reissueNote; }
    public LocalDate getReissueDate() { return reissueDate; }
    public void setReissueDate(LocalDate reissueDate) { this.reissueDate = reissueDate; }
    public List<String> getBankCodes() { return List.of("BRI", "BNI", "MANDIRI", "BTN", "BCA", "BSI"); }
}
