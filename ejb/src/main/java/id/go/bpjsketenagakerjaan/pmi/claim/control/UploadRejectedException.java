package id.go.bpjsketenagakerjaan.pmi.claim.control;

import java.util.Objects;

/** An upload refused by {@link UploadPolicy}; the message names the problem in Indonesian, for the uploader. */
public class UploadRejectedException extends RuntimeException {

    private final UploadProblem problem;

    public UploadRejectedException(UploadProblem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public UploadProblem problem() {
        return problem;
    }
}
