/** A Route53 hosted zone that can hold validation and service records (DnsTier implements it). */
export interface IHostedZone {
  readonly zoneId: string;
  readonly zoneName: string;
}
