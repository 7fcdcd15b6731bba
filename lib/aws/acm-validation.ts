/** `{ domain_name => option }` over an ACM certificate's domain_validation_options, known at plan time. */
export function validationOptionsByDomain(certificateFqn: string): string {
  return `\${{ for option in ${certificateFqn}.domain_validation_options : option.domain_name => option }}`;
}
