#!/bin/sh
# Stand-in for the AWS CLI in the L7 lab: answers `aws acm export-certificate` the way ACM does
# (certificate, chain, and the private key encrypted with the caller's passphrase). Which key it
# hands out is set by FAKE_AWS_KEY (the wrong one, for the negative test); calls are logged.
set -eu
[ "$1 $2" = "acm export-certificate" ] || { echo "fake aws: unexpected call: $*" >&2; exit 2; }
shift 2
arn="" pass=""
while [ $# -gt 0 ]; do
  case "$1" in
    --certificate-arn) arn=$2; shift 2 ;;
    --passphrase) pass=${2#fileb://}; shift 2 ;;
    *) shift ;;
  esac
done
[ "$arn" = "$FAKE_AWS_ARN" ] || { echo "fake aws: no such certificate $arn" >&2; exit 254; }
echo "export $arn passphrase-bytes=$(wc -c < "$pass")" >> "$FAKE_AWS_LOG"
enc=$(openssl pkcs8 -topk8 -v2 aes-256-cbc -in "$FAKE_AWS_KEY" -passout "file:$pass")
python3 -c 'import json,sys; print(json.dumps({"Certificate": open(sys.argv[1]).read(), "CertificateChain": open(sys.argv[2]).read(), "PrivateKey": sys.argv[3]}))' "$FAKE_AWS_CERT" "$FAKE_AWS_CHAIN" "$enc"
