package jp.bansou.engagement;

public enum ClientAnswer {
    ACCEPTED("受諾 (Accepted)"),
    DECLINED("辞退 (Declined)");

    private final String label;

    ClientAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
