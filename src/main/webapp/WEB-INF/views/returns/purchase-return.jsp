<fmt:message key="return.purchase.title" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title} ${stockIn.reference}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/laporan/masuk/detail'><c:param name='id' value='${stockIn.id}'/></c:url>"><fmt:message key="common.back"/></a></div>
</div>
<p class="muted"><c:out value="${stockIn.supplier}"/> · <c:out value="${cermin:dateTime(stockIn.receivedAt)}"/></p>
<c:if test="${not empty errors}">
    <fmt:message key="${empty errors['form'] ? (empty errors['reason'] ? 'error.form' : errors['reason']) : errors['form']}" var="errorText"><fmt:param value="${errors['argument']}"/></fmt:message>
    <div class="alert alert-error" role="alert" id="return-error"><c:out value="${errorText}"/></div>
</c:if>
<form method="post" action="<c:url value='/retur/pembelian'/>" id="return-form">
    <t:csrf/>
    <input type="hidden" name="key" value="<c:out value='${empty param.key ? formKey : param.key}'/>">
    <input type="hidden" name="id" value="<c:out value='${stockIn.id}'/>">
    <div class="table-wrap">
    <table class="data">
        <thead><tr>
            <th><fmt:message key="product.name"/></th>
            <th class="num"><fmt:message key="return.received"/></th>
            <th class="num"><fmt:message key="return.returnedBefore"/></th>
            <th class="num"><fmt:message key="stockin.unitCost"/></th>
            <th class="num"><fmt:message key="return.quantity"/></th>
        </tr></thead>
        <tbody>
        <c:forEach items="${lines}" var="l">
            <tr>
                <td class="name"><c:out value="${l.productName()}"/></td>
                <td class="num"><c:out value="${cermin:qty(l.quantity())} ${l.unitCode()}"/></td>
                <td class="num"><c:out value="${cermin:qty(l.returnedQuantity())}"/></td>
                <td class="num money"><c:out value="${cermin:rupiah(l.unitAmount())}"/></td>
                <td class="num">
                    <input type="hidden" name="lineId" value="<c:out value='${l.lineId()}'/>">
                    <input name="qty" class="num line-qty" inputmode="decimal" maxlength="12" aria-label="<c:out value='${l.productName()}'/>" placeholder="<c:out value='${cermin:qty(l.remaining())}'/>">
                </td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
    </div>
    <div class="card form">
        <t:field name="reason" label="return.reason">
            <input id="f-reason" name="reason" maxlength="255" required value="<c:out value='${param.reason}'/>">
        </t:field>
        <button type="submit" class="btn btn-primary" id="return-save"><fmt:message key="return.purchase.save"/></button>
    </div>
</form>
</t:layout>
