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
#   packaging/portal-staff.sh [--data DIR] [--operator ID] return_result MA_HO_SO NOTE [RESULT.pdf]...
#
# DIR defaults to kiosk-data/portal (what `packaging/dev.sh run` uses, with --demo for the
# STAFF-DEMO-01 operator and --simulate-payments for `pay`). ACTION is one of the
# portal's staff actions: accept, start_processing, request_supplement, request_payment,
# resume, approve, return_result, reject, withdraw. NOTE is what the citizen reads (what to
# bring for request_supplement, the reason for reject). Each SLOT of request_supplement is the id
# of a document of the service file (its [[documents]] id, e.g. giay_chung_sinh) that the kiosk
# then asks the citizen to scan. `supplements` prints what kiosks added after such a request.
# Each RESULT.pdf of return_result is uploaded as the filing's electronic result (docs/portal-api.md
# §4.10, §4.16), named for the citizen by its file name without `.pdf` ("Giấy khai sinh.pdf"), so
# the kiosk's look-up can print it for the filing's proven owner.
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
# signing.key. The portal refuses a staff write without them. The body is read from the file
# BODY_FILE; prints one curl -H argument a line.
signature_headers() {
    local method="$1" url="$2" type="$3" body_file="$4" digest created nonce params base signature
    digest="sha-256=:$(openssl dgst -sha256 -binary "$body_file" | base64 -w0):"
    created="$(date +%s)"
    nonce="$(openssl rand -base64 16)"
    params="(\"@method\" \"@target-uri\" \"content-digest\" \"content-type\");created=$created"
    params+=";expires=$((created + 300));nonce=\"$nonce\";keyid=\"$operator\";alg=\"ed25519\""
    # OpenSSL signs Ed25519 in one shot, from a file whose size it knows; the base holds no secret.
    base="$(mktemp)"
    printf '"@method": %s\n"@target-uri": %s\n"content-digest": %s\n"content-type": %s\n"@signature-params": %s' \
        "$method" "$url" "$digest" "$type" "$params" >"$base"
    signature="$(openssl pkeyutl -sign -inkey "$certs/signing.key" -rawin -in "$base" | base64 -w0)" ||
        { rm -f "$base"; fail "không ký được yêu cầu bằng $certs/signing.key" "cannot sign with $certs/signing.key"; }
    rm -f "$base"
    printf '%s\n' "Content-Digest: $digest" "Signature-Input: sig1=$params" "Signature: sig1=:$signature:"
}

# One HTTPS call as the operator: api METHOD PATH [JSON_BODY], or api PUT PATH @FILE TYPE to send
# a file's bytes as they are. Prints the reply body; fails with the portal's own problem+json
# title when the status is not 2xx.
api() {
    local method="$1" path="$2" body="${3:-}" type="${4:-application/json}" body_file="" reply status signature header
    local args=(--silent --show-error --cacert "$certs/ca.pem" --cert "$certs/client.pem"
                --key "$certs/client.key" -X "$method" -w '\n%{http_code}')
    if [[ "$method" == POST || "$method" == PUT ]]; then
        if [[ "$body" == @* ]]; then
            body_file="${body#@}"
        else
            body_file="$(mktemp)"
            printf '%s' "$body" >"$body_file"
        fi
        args+=(-H "Content-Type: $type" --data-binary "@$body_file")
        signature="$(signature_headers "$method" "$base_url$path" "$type" "$body_file")" || exit 1
        mapfile -t signature <<<"$signature"
        for header in "${signature[@]}"; do args+=(-H "$header"); done
    fi
    reply="$(curl "${args[@]}" "$base_url$path")" || reply=""
    [[ -z "$body_file" || "$body" == @* ]] || rm -f "$body_file"
    [[ -n "$reply" ]] || fail "không kết nối được cổng $base_url (cổng đã chạy chưa?)" "cannot reach $base_url"
    status="${reply##*$'\n'}"
    reply="${reply%$'\n'*}"
    if [[ "$status" != 2* ]]; then
        fail "cổng trả lời $status: $(jq -r '.title // .' <<<"$reply" 2>/dev/null || echo "$reply")"
    fi
    printf '%s\n' "$reply"
}

# Uploads each PDF as a result document of the filing (PUT …/results/{sha256}) and prints the
# `results` array that names them: [{name, note, sha256}], the name being the file's name
# without `.pdf`.
upload_results() {
    local filing="$1" note="$2" file sha name results="[]"
    shift 2
    for file in "$@"; do
        [[ -f "$file" && -r "$file" ]] || fail "không đọc được tệp kết quả $file" "cannot read the result file $file"
        [[ "$(head -c 5 "$file")" == "%PDF-" ]] ||
            fail "tệp kết quả $file không phải PDF" "the result file $file is not a PDF"
        sha="$(sha256sum "$file" | cut -d' ' -f1)"
        api PUT "/filings/$filing/results/$sha" "@$file" application/pdf >/dev/null
        name="$(basename "$file")"
        name="${name%.[pP][dD][fF]}"
        results="$(jq -c --arg name "$name" --arg note "$note" --arg sha "$sha" \
            '. + [{name: $name, note: $note, sha256: $sha}]' <<<"$results")"
    done
    printf '%s\n' "$results"
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
        [[ $# -ge 1 && ( $# -le 2 || "$command" == request_supplement || "$command" == return_result ) ]] || usage
        filing="$(filing_id_of "$1")"
        note="${2:-}"
        shift $(( $# < 2 ? $# : 2 ))
        results="[]"
        if [[ "$command" == return_result && $# -gt 0 ]]; then
            results="$(upload_results "$filing" "$note" "$@")" || exit 1
            set --
        fi
        body="$(jq -cn --arg a "$command" --arg n "$note" --argjson results "$results" '$ARGS.positional as $slots |
            {action: $a, note: $n} + (if $a == "reject" then {reason: $n} else {} end)
            + (if ($slots | length) > 0 then {documents: $slots} else {} end)
            + (if ($results | length) > 0 then {results: $results} else {} end)' --args "$@")"
        api POST "/filings/$filing/actions" "$body" | jq -r '"\(.status) (TrangThaiHoSo \(.trang_thai_ho_so))"'
        ;;
    *) usage ;;
esac
