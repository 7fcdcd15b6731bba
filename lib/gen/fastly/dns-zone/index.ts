// https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DnsZoneConfig extends cdktf.TerraformMetaArguments {
  /**
  * A freeform descriptive note.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#description DnsZone#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#id DnsZone#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The domain name for your zone in FQDN format (e.g. `example.com.`). Must include a trailing dot.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#name DnsZone#name}
  */
  readonly name: string;
  /**
  * xfr_config_inbound block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#xfr_config_inbound DnsZone#xfr_config_inbound}
  */
  readonly xfrConfigInbound?: DnsZoneXfrConfigInbound;
}
export interface DnsZoneXfrConfigInboundPrimaries {
  /**
  * An IPv4 address for the Primary DNS Server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#address DnsZone#address}
  */
  readonly address?: string;
  /**
  * A description of the Primary DNS server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#description DnsZone#description}
  */
  readonly description?: string;
}

export function dnsZoneXfrConfigInboundPrimariesToTerraform(struct?: DnsZoneXfrConfigInboundPrimaries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    description: cdktf.stringToTerraform(struct!.description),
  }
}


export function dnsZoneXfrConfigInboundPrimariesToHclTerraform(struct?: DnsZoneXfrConfigInboundPrimaries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    description: {
      value: cdktf.stringToHclTerraform(struct!.description),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DnsZoneXfrConfigInboundPrimariesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DnsZoneXfrConfigInboundPrimaries | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._description !== undefined) {
      hasAnyValues = true;
      internalValueResult.description = this._description;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DnsZoneXfrConfigInboundPrimaries | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._address = undefined;
      this._description = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._address = value.address;
      this._description = value.description;
    }
  }

  // address - computed: false, optional: true, required: false
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  public resetAddress() {
    this._address = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }
}

export class DnsZoneXfrConfigInboundPrimariesList extends cdktf.ComplexList {
  public internalValue? : DnsZoneXfrConfigInboundPrimaries[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DnsZoneXfrConfigInboundPrimariesOutputReference {
    return new DnsZoneXfrConfigInboundPrimariesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DnsZoneXfrConfigInbound {
  /**
  * The ID of the TSIG key used to secure inbound zone transfers.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#inbound_tsig_key_id DnsZone#inbound_tsig_key_id}
  */
  readonly inboundTsigKeyId?: string;
  /**
  * primaries block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#primaries DnsZone#primaries}
  */
  readonly primaries?: DnsZoneXfrConfigInboundPrimaries[] | cdktf.IResolvable;
}

export function dnsZoneXfrConfigInboundToTerraform(struct?: DnsZoneXfrConfigInboundOutputReference | DnsZoneXfrConfigInbound): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    inbound_tsig_key_id: cdktf.stringToTerraform(struct!.inboundTsigKeyId),
    primaries: cdktf.listMapper(dnsZoneXfrConfigInboundPrimariesToTerraform, true)(struct!.primaries),
  }
}


export function dnsZoneXfrConfigInboundToHclTerraform(struct?: DnsZoneXfrConfigInboundOutputReference | DnsZoneXfrConfigInbound): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    inbound_tsig_key_id: {
      value: cdktf.stringToHclTerraform(struct!.inboundTsigKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    primaries: {
      value: cdktf.listMapperHcl(dnsZoneXfrConfigInboundPrimariesToHclTerraform, true)(struct!.primaries),
      isBlock: true,
      type: "list",
      storageClassType: "DnsZoneXfrConfigInboundPrimariesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DnsZoneXfrConfigInboundOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): DnsZoneXfrConfigInbound | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._inboundTsigKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.inboundTsigKeyId = this._inboundTsigKeyId;
    }
    if (this._primaries?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.primaries = this._primaries?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DnsZoneXfrConfigInbound | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._inboundTsigKeyId = undefined;
      this._primaries.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._inboundTsigKeyId = value.inboundTsigKeyId;
      this._primaries.internalValue = value.primaries;
    }
  }

  // inbound_tsig_key_id - computed: false, optional: true, required: false
  private _inboundTsigKeyId?: string; 
  public get inboundTsigKeyId() {
    return this.getStringAttribute('inbound_tsig_key_id');
  }
  public set inboundTsigKeyId(value: string) {
    this._inboundTsigKeyId = value;
  }
  public resetInboundTsigKeyId() {
    this._inboundTsigKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inboundTsigKeyIdInput() {
    return this._inboundTsigKeyId;
  }

  // primaries - computed: false, optional: true, required: false
  private _primaries = new DnsZoneXfrConfigInboundPrimariesList(this, "primaries", false);
  public get primaries() {
    return this._primaries;
  }
  public putPrimaries(value: DnsZoneXfrConfigInboundPrimaries[] | cdktf.IResolvable) {
    this._primaries.internalValue = value;
  }
  public resetPrimaries() {
    this._primaries.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primariesInput() {
    return this._primaries.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone fastly_dns_zone}
*/
export class DnsZone extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "fastly_dns_zone";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DnsZone resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DnsZone to import
  * @param importFromId The id of the existing DnsZone that should be imported. Refer to the {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DnsZone to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "fastly_dns_zone", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/fastly/fastly/9.5.1/docs/resources/dns_zone fastly_dns_zone} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DnsZoneConfig
  */
  public constructor(scope: Construct, id: string, config: DnsZoneConfig) {
    super(scope, id, {
      terraformResourceType: 'fastly_dns_zone',
      terraformGeneratorMetadata: {
        providerName: 'fastly',
        providerVersion: '9.5.1',
        providerVersionConstraint: '9.5.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._description = config.description;
    this._id = config.id;
    this._name = config.name;
    this._xfrConfigInbound.internalValue = config.xfrConfigInbound;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // xfr_config_inbound - computed: false, optional: true, required: false
  private _xfrConfigInbound = new DnsZoneXfrConfigInboundOutputReference(this, "xfr_config_inbound");
  public get xfrConfigInbound() {
    return this._xfrConfigInbound;
  }
  public putXfrConfigInbound(value: DnsZoneXfrConfigInbound) {
    this._xfrConfigInbound.internalValue = value;
  }
  public resetXfrConfigInbound() {
    this._xfrConfigInbound.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get xfrConfigInboundInput() {
    return this._xfrConfigInbound.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      xfr_config_inbound: dnsZoneXfrConfigInboundToTerraform(this._xfrConfigInbound.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      xfr_config_inbound: {
        value: dnsZoneXfrConfigInboundToHclTerraform(this._xfrConfigInbound.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DnsZoneXfrConfigInboundList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
