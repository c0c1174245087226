#!/usr/bin/env bash
# Plays the commune staff at the reference portal, for demos and training: lists the filings
# that arrived, marks a fee paid through the portal's payment simulator, and moves a filing
# through the staff actions so the citizen's look-up at the kiosk changes. It speaks the
# portal's HTTPS API with the staff certificate kiosk-portal made in its data folder
# (DIR/staff/<operator>/), exactly as a staff tool would; see docs/portal-api.md §4.9-4.10.
#
#   packaging/portal-staff.sh [--data DIR] [--operator ID] list
#   packaging/portal-staff.sh [--data DIR] [--operator ID] pay MA_HO_SO
#   packaging/portal-staff.sh [--data DIR] [--operator ID] supplements MA_HO_SO
#   packaging/portal-staff.sh [--data DIR] [--operator ID] ACTION MA_HO_SO [NOTE]
#   packaging/portal-staff.sh [--data DIR] [--operator ID] request_supplement MA_HO_SO NOTE [SLOT]...
#
# DIR defaults to kiosk-data/portal (what `packaging/dev.sh run` uses, with --demo for the
# STAFF-DEMO-01 operator and --simulate-payments for `pay`). ACTION is one of the
# portal's staff actions: accept, start_processing, request_supplement, request_payment,
# resume, approve, return_result, reject, withdraw. NOTE is what the citizen reads (what to
# bring for request_supplement, the reason for reject). Each SLOT of request_supplement is the id
# of a document of the service file (its [[documents]] id, e.g. giay_chung_sinh) that the kiosk
# then asks the citizen to scan. `supplements` prints what kiosks added after such a request.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/kiosk-data/portal"
operator="STAFF-DEMO-01"

fail() { printf 'Lỗi: %s\n' "$1" >&2; [[ -n "${2:-}" ]] && printf 'Error: %s\n' "$2" >&2; exit 1; }

usage() {
    sed -n 's/^#   //p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --data) data="${2:?}"; shift 2 ;;
        --operator) operator="${2:?}"; shift 2 ;;
        -h|--help) usage ;;
        *) break ;;
    esac
done
[[ $# -ge 1 ]] || usage
command -v curl >/dev/null && command -v jq >/dev/null && command -v openssl >/dev/null ||
    fail "cần curl, jq và openssl (packaging/dev.sh cài sẵn)" \
         "curl, jq and openssl are needed (packaging/dev.sh installs them)"

certs="$data/staff/$operator"
[[ -f "$data/portal-url" ]] ||
    fail "không thấy cổng tham chiếu trong $data (hãy chạy packaging/dev.sh run trước)" \
         "no reference portal data in $data (run packaging/dev.sh run first)"
[[ -f "$certs/client.pem" && -f "$certs/signing.key" ]] ||
    fail "không có chứng thư hay khóa ký của cán bộ $operator trong $data/staff" \
         "no staff certificate or signing key for $operator"
base_url="$(cat "$data/portal-url")"

# The headers that sign a write as the operator (docs/portal-api.md §2.2): the body's
# Content-Digest and an Ed25519 signature over method, URL, digest and type with the operator's
# signing.key. The portal refuses a staff write without them. Prints one curl -H argument a line.
signature_headers() {
    local method="$1" url="$2" body="$3" digest created nonce params base signature
    digest="sha-256=:$(printf '%s' "$body" | openssl dgst -sha256 -binary | base64 -w0):"
    created="$(date +%s)"
    nonce="$(openssl rand -base64 16)"
    params="(\"@method\" \"@target-uri\" \"content-digest\" \"content-type\");created=$created"
    params+=";expires=$((created + 300));nonce=\"$nonce\";keyid=\"$operator\";alg=\"ed25519\""
    # OpenSSL signs Ed25519 in one shot, from a file whose size it knows; the base holds no secret.
    base="$(mktemp)"
    printf '"@method": %s\n"@target-uri": %s\n"content-digest": %s\n"content-type": %s\n"@signature-params": %s' \
        "$method" "$url" "$digest" "application/json" "$params" >"$base"
    signature="$(openssl pkeyutl -sign -inkey "$certs/signing.key" -rawin -in "$base" | base64 -w0)" ||
        { rm -f "$base"; fail "không ký được yêu cầu bằng $certs/signing.key" "cannot sign with $certs/signing.key"; }
    rm -f "$base"
    printf '%s\n' "Content-Digest: $digest" "Signature-Input: sig1=$params" "Signature: sig1=:$signature:"
}

# One HTTPS call as the operator: api METHOD PATH [JSON_BODY]. Prints the reply body; fails
# with the portal's own problem+json title when the status is not 2xx.
api() {
    local method="$1" path="$2" body="${3:-}" reply status signature header
    local args=(--silent --show-error --cacert "$certs/ca.pem" --cert "$certs/client.pem"
                --key "$certs/client.key" -X "$method" -w '\n%{http_code}')
    if [[ "$method" == POST || "$method" == PUT ]]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$body")
        signature="$(signature_headers "$method" "$base_url$path" "$body")" || exit 1
        mapfile -t signature <<<"$signature"
        for header in "${signature[@]}"; do args+=(-H "$header"); done
    fi
    reply="$(curl "${args[@]}" "$base_url$path")" ||
        fail "không kết nối được cổng $base_url (cổng đã chạy chưa?)" "cannot reach $base_url"
    status="${reply##*$'\n'}"
    reply="${reply%$'\n'*}"
    if [[ "$status" != 2* ]]; then
        fail "cổng trả lời $status: $(jq -r '.title // .' <<<"$reply" 2>/dev/null || echo "$reply")"
    fi
    printf '%s\n' "$reply"
}

# Every filing of the work queue, one JSON object per line (the queue is paged).
all_filings() {
    local cursor="" page
    while :; do
        page="$(api GET "/filings?limit=500&cursor=$cursor")"
        jq -c '.filings[]' <<<"$page"
        [[ "$(jq '.filings | length' <<<"$page")" -eq 500 ]] || break
        cursor="$(jq -r '.next_cursor' <<<"$page")"
    done
}

filing_id_of() {  # MA_HO_SO -> filing_id
    local id
    id="$(all_filings | jq -r --arg code "$1" 'select(.ma_ho_so == $code) | .filing_id' | head -n 1)"
    [[ -n "$id" ]] || fail "không có hồ sơ mã $1 trên cổng" "no filing with code $1 at the portal"
    printf '%s\n' "$id"
}

command="$1"; shift
case "$command" in
    list)
        # The channel says where it was filed: kiosk, kiosk_assisted (staff helped) or desk.
        all_filings | jq -r '[.ma_ho_so, .status, (.channel // ""), .service_code, (.received_at // ""),
                              "bổ sung/supplements: \(.supplements // 0)"] | @tsv'
        ;;
    supplements)
        [[ $# -eq 1 ]] || usage
        filing="$(filing_id_of "$1")"
        api GET "/filings/$filing" | jq -r '.supplements[] | "\(.received_at) \(.kiosk_id)",
            (.documents[] | "  \(.slot_id // "-")\t\(.name)\t\(.pages // "?") trang/pages\t\(.length) B")'
        ;;
    pay)
        [[ $# -eq 1 ]] || usage
        filing="$(filing_id_of "$1")"
        intents="$(api GET "/filings/$filing" | jq -r '.payments[] | select(.status == "pending") | .payment_intent_id')"
        [[ -n "$intents" ]] ||
            fail "hồ sơ $1 không có khoản phí nào đang chờ thanh toán" "filing $1 has no pending payment"
        for intent in $intents; do
            # Without kiosk-portal --simulate-payments the simulator's path is a 404.
            api POST "/_sim/payment-intents/$intent/paid" '{}' | jq -r '"Đã thanh toán / paid: \(.amount) đ"'
        done
        ;;
    accept|start_processing|request_supplement|request_payment|resume|approve|return_result|reject|withdraw)
        [[ $# -ge 1 && ( $# -le 2 || "$command" == request_supplement ) ]] || usage
        filing="$(filing_id_of "$1")"
        note="${2:-}"
        shift $(( $# < 2 ? $# : 2 ))
        body="$(jq -cn --arg a "$command" --arg n "$note" '$ARGS.positional as $slots |
            {action: $a, note: $n} + (if $a == "reject" then {reason: $n} else {} end)
            + (if ($slots | length) > 0 then {documents: $slots} else {} end)' --args "$@")"
        api POST "/filings/$filing/actions" "$body" | jq -r '"\(.status) (TrangThaiHoSo \(.trang_thai_ho_so))"'
        ;;
    *) usage ;;
esac
