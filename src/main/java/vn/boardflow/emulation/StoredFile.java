package vn.boardflow.emulation;

/** A file kept with a scorecard or a proposal, as downloaded. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
