"""Helper of the moto phase (test/moto/run.ts), run with the moto venv's python.

  moto.py setup <endpoint> <region>...      one VPC + two subnets per region; prints JSON ids
  moto.py inventory <endpoint> <region>...  what the stack left behind; prints JSON counts
"""
import json
import sys

import boto3

endpoint, regions = sys.argv[2], sys.argv[3:]


def client(service, region):
    return boto3.client(service, region_name=region, endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test")


if sys.argv[1] == "setup":
    out = {}
    for i, region in enumerate(regions):
        ec2 = client("ec2", region)
        vpc = ec2.create_vpc(CidrBlock=f"10.{100 + i}.0.0/16")["Vpc"]["VpcId"]
        zones = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]][:2]
        subnets = [ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.{100 + i}.{k}.0/24", AvailabilityZone=zone)["Subnet"]["SubnetId"] for k, zone in enumerate(zones)]
        out[region] = {"vpcId": vpc, "publicSubnetIds": subnets}
    print(json.dumps(out))
else:
    counts = {"route53_zones": 0, "route53_health_checks": 0, "load_balancers": 0, "target_groups": 0, "certificates": 0, "security_groups": 0}
    r53 = client("route53", "us-east-1")
    counts["route53_zones"] = len(r53.list_hosted_zones()["HostedZones"])
    counts["route53_health_checks"] = len(r53.list_health_checks()["HealthChecks"])
    for region in regions:
        elb = client("elbv2", region)
        counts["load_balancers"] += len(elb.describe_load_balancers()["LoadBalancers"])
        counts["target_groups"] += len(elb.describe_target_groups()["TargetGroups"])
        counts["certificates"] += len(client("acm", region).list_certificates()["CertificateSummaryList"])
        groups = client("ec2", region).describe_security_groups()["SecurityGroups"]
        counts["security_groups"] += len([g for g in groups if g["GroupName"] != "default"])
    print(json.dumps(counts))
