/** Where a tier's resources go inside one region. */
export interface PopNetwork {
  readonly vpcId: string;
  /** Subnets (one per availability zone) for internet-facing load balancers and L4 nodes. */
  readonly publicSubnetIds: readonly string[];
}
