package vn.boardflow.emulation;

/** Who a form of commendation is for: a person (cá nhân) or a collective (tập thể). */
public enum Nominee {
    INDIVIDUAL, COLLECTIVE;

    public String messageKey() {
        return "emulation.nominee." + name();
    }
}
