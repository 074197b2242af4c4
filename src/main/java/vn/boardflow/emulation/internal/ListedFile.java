package vn.boardflow.emulation.internal;

/** A kept file as lists show it, without its bytes. */
record ListedFile(long id, long ownerId, String tag, String fileName, String contentType, int size) {
}
