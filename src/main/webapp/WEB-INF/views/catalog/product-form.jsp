<fmt:message key="${form.isNew() ? 'product.new' : 'product.edit'}" var="title"/>
<t:layout title="${title}" active="barang">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<c:if test="${not empty errors}">
    <div class="alert alert-error" role="alert"><fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}"/></div>
</c:if>
<form method="post" action="<c:url value='/barang/simpan'/>" class="form" novalidate>
    <t:csrf/>
    <input type="hidden" name="id" value="<c:out value='${form.id()}'/>">
    <t:field name="barcode" label="product.barcode" hint="product.barcode.hint">
        <input id="f-barcode" name="barcode" value="<c:out value='${form.barcode()}'/>" maxlength="64" autofocus autocomplete="off">
    </t:field>
    <t:field name="name" label="product.name">
        <input id="f-name" name="name" value="<c:out value='${form.name()}'/>" maxlength="150">
    </t:field>
    <div class="field-row">
        <t:field name="categoryId" label="product.category">
            <select id="f-categoryId" name="categoryId">
                <option value=""><fmt:message key="product.choose"/></option>
                <c:forEach items="${categories}" var="cat">
                    <option value="<c:out value='${cat.id}'/>" ${cat.id == form.categoryId() ? 'selected' : ''}><c:out value="${cat.name}"/></option>
                </c:forEach>
            </select>
        </t:field>
        <t:field name="unitCode" label="product.unit">
            <select id="f-unitCode" name="unitCode">
                <option value=""><fmt:message key="product.choose"/></option>
                <c:forEach items="${units}" var="u">
                    <option value="<c:out value='${u.code}'/>" ${u.code == form.unitCode() ? 'selected' : ''}><c:out value="${u.code}"/></option>
                </c:forEach>
            </select>
        </t:field>
    </div>
    <div class="field-row">
        <t:field name="costPrice" label="product.costPrice" hint="product.price.hint">
            <input id="f-costPrice" name="costPrice" class="num" inputmode="numeric" value="<c:out value='${form.costPrice()}'/>" maxlength="20">
        </t:field>
        <t:field name="sellPrice" label="product.sellPrice" hint="product.price.hint">
            <input id="f-sellPrice" name="sellPrice" class="num" inputmode="numeric" value="<c:out value='${form.sellPrice()}'/>" maxlength="20">
        </t:field>
    </div>
    <div class="field-row">
        <t:field name="minStock" label="product.minStock" hint="product.minStock.hint">
            <input id="f-minStock" name="minStock" class="num" inputmode="decimal" value="<c:out value='${form.minStock()}'/>" maxlength="20">
        </t:field>
        <c:if test="${not empty product}">
            <t:field name="stock" label="product.stock" hint="product.stock.hint">
                <input id="f-stock" class="num" value="<c:out value='${cermin:qty(product.stock)}'/>" readonly tabindex="-1">
            </t:field>
        </c:if>
    </div>
    <div class="actions">
        <button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button>
        <a class="btn" href="<c:url value='/barang'/>"><fmt:message key="common.cancel"/></a>
    </div>
</form>
<c:if test="${not empty product and not empty branches}">
    <section class="card store-prices" id="store-prices">
        <h2><fmt:message key="product.storePrices"/></h2>
        <p class="muted"><fmt:message key="product.storePrices.hint"><fmt:param value="${cermin:rupiah(product.sellPrice)}"/></fmt:message></p>
        <form method="post" action="<c:url value='/barang/harga-cabang'/>">
            <t:csrf/>
            <input type="hidden" name="id" value="<c:out value='${product.id}'/>">
            <table class="data">
                <thead><tr><th><fmt:message key="report.store"/></th><th class="num"><fmt:message key="product.sellPrice"/></th></tr></thead>
                <tbody>
                <c:forEach items="${branches}" var="b">
                    <tr data-store="<c:out value='${b.node}'/>"><td class="name"><label for="price-<c:out value='${b.node}'/>"><c:out value="${b.label}"/></label></td>
                        <td class="num"><input type="hidden" name="store" value="<c:out value='${b.node}'/>">
                            <input id="price-<c:out value='${b.node}'/>" name="price" class="num" inputmode="numeric" maxlength="20"
                                   value="<c:out value='${storePrices[b.node]}'/>" placeholder="<c:out value='${cermin:rupiah(product.sellPrice)}'/>"></td></tr>
                </c:forEach>
                </tbody>
            </table>
            <div class="actions"><button type="submit" class="btn" id="save-store-prices"><fmt:message key="common.save"/></button></div>
        </form>
    </section>
</c:if>
</t:layout>
