import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { TerraformIterator, Token } from "cdktf";
import { Construct } from "constructs";
import { attributeOf } from "./attribute";

/** `{ domain_name => option }` over an ACM certificate's domain_validation_options, known at plan time. */
export function validationOptionsByDomain(certificateFqn: string): string {
  return `\${{ for option in ${certificateFqn}.domain_validation_options : option.domain_name => option }}`;
}

/**
 * DNS validation of an ACM certificate in a Route 53 zone: one record per validation option, keyed
 * by domain name, iterating the set itself. The provider knows each option's domain_name at plan
 * time, but tolist() of a set whose elements are partly unknown is unknown, which fails the first
 * plan ("Invalid for_each argument"; TerraformIterator.fromComplexList renders tolist()). Found by
 * the moto phase.
 */
export function validateCertificateInZone(scope: Construct, certificate: AcmCertificate, zoneId: string, region: string): AcmCertificateValidation {
  const options = TerraformIterator.fromMap(Token.asAnyMap(validationOptionsByDomain(certificate.fqn)));
  const records = new Route53Record(scope, "ValidationRecord", {
    forEach: options,
    allowOverwrite: true,
    zoneId,
    name: "${each.value.resource_record_name}",
    type: "${each.value.resource_record_type}",
    records: ["${each.value.resource_record_value}"],
    ttl: 60,
  });
  return new AcmCertificateValidation(scope, "CertificateValidation", {
    region,
    certificateArn: attributeOf(certificate, "arn"),
    validationRecordFqdns: Token.asList(`\${[for record in ${records.fqn} : record.fqdn]}`),
  });
}
