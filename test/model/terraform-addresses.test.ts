import { applyTerraformAddresses } from "../../lib/model/terraform-addresses";

const text = "neighbor ${aws_vpc_route_server_endpoint.L4_RouteServerEndpoint-subnet-a_1A2B3C4D.eni_address} as 65000;\nremote ${aws_ec2_transit_gateway_connect_peer.L4_TgwPeer-n1_5E6F.transit_gateway_address}\n";

describe("applyTerraformAddresses", () => {
  test("fills address references, by full reference or by attribute", () => {
    expect(
      applyTerraformAddresses(text, {
        eni_address: "10.77.0.1",
        "aws_ec2_transit_gateway_connect_peer.L4_TgwPeer-n1_5E6F.transit_gateway_address": "10.99.0.1",
      }),
    ).toBe("neighbor 10.77.0.1 as 65000;\nremote 10.99.0.1\n");
  });

  test.each([
    ["a reference that is not an address", "${aws_instance.X.arn}", {}, /a Terraform reference is not an apply-time address \(got "aws_instance.X.arn"\)/],
    ["a reference without an address", "${aws_instance.X.private_ip}", {}, /no address given for a Terraform reference/],
    ["a value that is not IPv4", "${aws_instance.X.private_ip}", { private_ip: "example" }, /the address for private_ip is not IPv4/],
    ["an unused address", "nothing here", { eni_address: "10.0.0.1" }, /addresses given for references the text does not contain \(got \["eni_address"\]\)/],
    ["any other Terraform expression", "${base64encode(x)}", {}, /an unresolved Terraform expression remains/],
  ])("fails on %s", (_, input, addresses, message) => {
    expect(() => applyTerraformAddresses(input, addresses)).toThrow(message);
  });
});
